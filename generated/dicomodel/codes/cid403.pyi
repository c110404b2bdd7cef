"""CID 403 Security Alert Type Code.

Extensible, version 20170914, UID 1.2.840.10008.6.1.906.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid403Code]]
