"""CID 401 Audit Event Type Code.

Extensible, version 20170914, UID 1.2.840.10008.6.1.904.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ApplicationStart: _Final[_groups.Cid401Code]
ApplicationStop: _Final[_groups.Cid401Code]
Login: _Final[_groups.Cid401Code]
Logout: _Final[_groups.Cid401Code]
Attach: _Final[_groups.Cid401Code]
Detach: _Final[_groups.Cid401Code]
NodeAuthentication: _Final[_groups.Cid401Code]
EmergencyOverrideStarted: _Final[_groups.Cid401Code]
NetworkConfiguration: _Final[_groups.Cid401Code]
SecurityConfiguration: _Final[_groups.Cid401Code]
HardwareConfiguration: _Final[_groups.Cid401Code]
SoftwareConfiguration: _Final[_groups.Cid401Code]
UseOfRestrictedFunction: _Final[_groups.Cid401Code]
AuditRecordingStopped: _Final[_groups.Cid401Code]
AuditRecordingStarted: _Final[_groups.Cid401Code]
ObjectSecurityAttributesChanged: _Final[_groups.Cid401Code]
SecurityRolesChanged: _Final[_groups.Cid401Code]
UserSecurityAttributesChanged: _Final[_groups.Cid401Code]
EmergencyOverrideStopped: _Final[_groups.Cid401Code]
RemoteServiceOperationStarted: _Final[_groups.Cid401Code]
RemoteServiceOperationStopped: _Final[_groups.Cid401Code]
LocalServiceOperationStarted: _Final[_groups.Cid401Code]
LocalServiceOperationStopped: _Final[_groups.Cid401Code]
AuthenticationDecision: _Final[_groups.Cid401Code]
AuthorizationDecision: _Final[_groups.Cid401Code]
SessionStart: _Final[_groups.Cid401Code]
SessionStop: _Final[_groups.Cid401Code]
AccessControlDecision: _Final[_groups.Cid401Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid401Code]]
