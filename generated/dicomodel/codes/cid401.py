"""CID 401 Audit Event Type Code.

Extensible, version 20170914, UID 1.2.840.10008.6.1.904.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 401
NAME: _Final[str] = "Audit Event Type Code"
KEYWORD: _Final[str | None] = "AuditEventTypeCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.904"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ApplicationStart: _Final[_Code] = _Code("DCM", "110120", "Application Start", (401, 403))
"""Application Start (DCM 110120)."""

ApplicationStop: _Final[_Code] = _Code("DCM", "110121", "Application Stop", (401, 403))
"""Application Stop (DCM 110121)."""

Login: _Final[_Code] = _Code("DCM", "110122", "Login", (401, 403))
"""Login (DCM 110122)."""

Logout: _Final[_Code] = _Code("DCM", "110123", "Logout", (401, 403))
"""Logout (DCM 110123)."""

Attach: _Final[_Code] = _Code("DCM", "110124", "Attach", (401, 403))
"""Attach (DCM 110124)."""

Detach: _Final[_Code] = _Code("DCM", "110125", "Detach", (401, 403))
"""Detach (DCM 110125)."""

NodeAuthentication: _Final[_Code] = _Code("DCM", "110126", "Node Authentication", (401, 403))
"""Node Authentication (DCM 110126)."""

EmergencyOverrideStarted: _Final[_Code] = _Code(
    "DCM", "110127", "Emergency Override Started", (401, 403)
)
"""Emergency Override Started (DCM 110127)."""

NetworkConfiguration: _Final[_Code] = _Code("DCM", "110128", "Network Configuration", (401, 403))
"""Network Configuration (DCM 110128)."""

SecurityConfiguration: _Final[_Code] = _Code("DCM", "110129", "Security Configuration", (401, 403))
"""Security Configuration (DCM 110129)."""

HardwareConfiguration: _Final[_Code] = _Code("DCM", "110130", "Hardware Configuration", (401, 403))
"""Hardware Configuration (DCM 110130)."""

SoftwareConfiguration: _Final[_Code] = _Code("DCM", "110131", "Software Configuration", (401, 403))
"""Software Configuration (DCM 110131)."""

UseOfRestrictedFunction: _Final[_Code] = _Code(
    "DCM", "110132", "Use of Restricted Function", (401, 403)
)
"""Use of Restricted Function (DCM 110132)."""

AuditRecordingStopped: _Final[_Code] = _Code("DCM", "110133", "Audit Recording Stopped", (401, 403))
"""Audit Recording Stopped (DCM 110133)."""

AuditRecordingStarted: _Final[_Code] = _Code("DCM", "110134", "Audit Recording Started", (401, 403))
"""Audit Recording Started (DCM 110134)."""

ObjectSecurityAttributesChanged: _Final[_Code] = _Code(
    "DCM", "110135", "Object Security Attributes Changed", (401, 403)
)
"""Object Security Attributes Changed (DCM 110135)."""

SecurityRolesChanged: _Final[_Code] = _Code("DCM", "110136", "Security Roles Changed", (401, 403))
"""Security Roles Changed (DCM 110136)."""

UserSecurityAttributesChanged: _Final[_Code] = _Code(
    "DCM", "110137", "User Security Attributes Changed", (401, 403)
)
"""User Security Attributes Changed (DCM 110137)."""

EmergencyOverrideStopped: _Final[_Code] = _Code(
    "DCM", "110138", "Emergency Override Stopped", (401, 403)
)
"""Emergency Override Stopped (DCM 110138)."""

RemoteServiceOperationStarted: _Final[_Code] = _Code(
    "DCM", "110139", "Remote Service Operation Started", (401, 403)
)
"""Remote Service Operation Started (DCM 110139)."""

RemoteServiceOperationStopped: _Final[_Code] = _Code(
    "DCM", "110140", "Remote Service Operation Stopped", (401, 403)
)
"""Remote Service Operation Stopped (DCM 110140)."""

LocalServiceOperationStarted: _Final[_Code] = _Code(
    "DCM", "110141", "Local Service Operation Started", (401, 403)
)
"""Local Service Operation Started (DCM 110141)."""

LocalServiceOperationStopped: _Final[_Code] = _Code(
    "DCM", "110142", "Local Service Operation Stopped", (401, 403)
)
"""Local Service Operation Stopped (DCM 110142)."""

AuthenticationDecision: _Final[_Code] = _Code(
    "DCM", "110143", "Authentication Decision", (401, 403)
)
"""Authentication Decision (DCM 110143)."""

AuthorizationDecision: _Final[_Code] = _Code("DCM", "110144", "Authorization Decision", (401, 403))
"""Authorization Decision (DCM 110144)."""

SessionStart: _Final[_Code] = _Code("DCM", "110145", "Session start", (401, 403))
"""Session start (DCM 110145)."""

SessionStop: _Final[_Code] = _Code("DCM", "110146", "Session stop", (401, 403))
"""Session stop (DCM 110146)."""

AccessControlDecision: _Final[_Code] = _Code("DCM", "110147", "Access Control Decision", (401, 403))
"""Access Control Decision (DCM 110147)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ApplicationStart,
    ApplicationStop,
    Login,
    Logout,
    Attach,
    Detach,
    NodeAuthentication,
    EmergencyOverrideStarted,
    NetworkConfiguration,
    SecurityConfiguration,
    HardwareConfiguration,
    SoftwareConfiguration,
    UseOfRestrictedFunction,
    AuditRecordingStopped,
    AuditRecordingStarted,
    ObjectSecurityAttributesChanged,
    SecurityRolesChanged,
    UserSecurityAttributesChanged,
    EmergencyOverrideStopped,
    RemoteServiceOperationStarted,
    RemoteServiceOperationStopped,
    LocalServiceOperationStarted,
    LocalServiceOperationStopped,
    AuthenticationDecision,
    AuthorizationDecision,
    SessionStart,
    SessionStop,
    AccessControlDecision,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
