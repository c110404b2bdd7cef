"""CID 403 Security Alert Type Code.

Extensible, version 20170914, UID 1.2.840.10008.6.1.906.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ApplicationStart: _Final[_groups.Cid403Code]
ApplicationStop: _Final[_groups.Cid403Code]
Login: _Final[_groups.Cid403Code]
Logout: _Final[_groups.Cid403Code]
Attach: _Final[_groups.Cid403Code]
Detach: _Final[_groups.Cid403Code]
NodeAuthentication: _Final[_groups.Cid403Code]
EmergencyOverrideStarted: _Final[_groups.Cid403Code]
NetworkConfiguration: _Final[_groups.Cid403Code]
SecurityConfiguration: _Final[_groups.Cid403Code]
HardwareConfiguration: _Final[_groups.Cid403Code]
SoftwareConfiguration: _Final[_groups.Cid403Code]
UseOfRestrictedFunction: _Final[_groups.Cid403Code]
AuditRecordingStopped: _Final[_groups.Cid403Code]
AuditRecordingStarted: _Final[_groups.Cid403Code]
ObjectSecurityAttributesChanged: _Final[_groups.Cid403Code]
SecurityRolesChanged: _Final[_groups.Cid403Code]
UserSecurityAttributesChanged: _Final[_groups.Cid403Code]
EmergencyOverrideStopped: _Final[_groups.Cid403Code]
RemoteServiceOperationStarted: _Final[_groups.Cid403Code]
RemoteServiceOperationStopped: _Final[_groups.Cid403Code]
LocalServiceOperationStarted: _Final[_groups.Cid403Code]
LocalServiceOperationStopped: _Final[_groups.Cid403Code]
AuthenticationDecision: _Final[_groups.Cid403Code]
AuthorizationDecision: _Final[_groups.Cid403Code]
SessionStart: _Final[_groups.Cid403Code]
SessionStop: _Final[_groups.Cid403Code]
AccessControlDecision: _Final[_groups.Cid403Code]
MEMBERS: _Final[tuple[_groups.Cid403Code, ...]]
