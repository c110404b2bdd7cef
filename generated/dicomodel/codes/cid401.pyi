"""CID 401 Audit Event Type Code.

Extensible, version 20170914, UID 1.2.840.10008.6.1.904.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ApplicationStart: _Final[_Code]
ApplicationStop: _Final[_Code]
Login: _Final[_Code]
Logout: _Final[_Code]
Attach: _Final[_Code]
Detach: _Final[_Code]
NodeAuthentication: _Final[_Code]
EmergencyOverrideStarted: _Final[_Code]
NetworkConfiguration: _Final[_Code]
SecurityConfiguration: _Final[_Code]
HardwareConfiguration: _Final[_Code]
SoftwareConfiguration: _Final[_Code]
UseOfRestrictedFunction: _Final[_Code]
AuditRecordingStopped: _Final[_Code]
AuditRecordingStarted: _Final[_Code]
ObjectSecurityAttributesChanged: _Final[_Code]
SecurityRolesChanged: _Final[_Code]
UserSecurityAttributesChanged: _Final[_Code]
EmergencyOverrideStopped: _Final[_Code]
RemoteServiceOperationStarted: _Final[_Code]
RemoteServiceOperationStopped: _Final[_Code]
LocalServiceOperationStarted: _Final[_Code]
LocalServiceOperationStopped: _Final[_Code]
AuthenticationDecision: _Final[_Code]
AuthorizationDecision: _Final[_Code]
SessionStart: _Final[_Code]
SessionStop: _Final[_Code]
AccessControlDecision: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
