"""CID 9272 RT ROI Image Acquisition Context.

Extensible, version 20240114, UID 1.2.840.10008.6.1.1481.
Includes CID 3823.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9272
NAME: _Final[str] = "RT ROI Image Acquisition Context"
KEYWORD: _Final[str | None] = "RTROIImageAcquisitionContext"
UID: _Final[str | None] = "1.2.840.10008.6.1.1481"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240114"
INCLUDES: _Final[tuple[int, ...]] = (3823,)
EXTERNAL_SCHEME: _Final[str | None] = None

PriorToVoiding: _Final[_Code] = _Code("DCM", "109134", "Prior to voiding", (91, 9272))
"""Prior to voiding (DCM 109134)."""

PostVoiding: _Final[_Code] = _Code("DCM", "109135", "Post voiding", (91, 9272))
"""Post voiding (DCM 109135)."""

FullRectum: _Final[_Code] = _Code("SCT", "249602003", "Full Rectum", (9272,))
"""Full Rectum (SCT 249602003)."""

EmptyRectum: _Final[_Code] = _Code("SCT", "249599008", "Empty Rectum", (9272,))
"""Empty Rectum (SCT 249599008)."""

PreSurgicalAnatomy: _Final[_Code] = _Code("DCM", "130833", "Pre-surgical anatomy", (9272,))
"""Pre-surgical anatomy (DCM 130833)."""

PostSurgicalAnatomy: _Final[_Code] = _Code("SCT", "245849007", "Post-surgical anatomy", (9272,))
"""Post-surgical anatomy (SCT 245849007)."""

Inspiration: _Final[_Code] = _Code("SCT", "14910006", "inspiration", (3823, 12234))
"""inspiration (SCT 14910006). Included from CID 3823."""

Expiration: _Final[_Code] = _Code("SCT", "58322009", "expiration", (3823, 12234))
"""expiration (SCT 58322009). Included from CID 3823."""

AutonomousBreathing: _Final[_Code] = _Code("SCT", "45804006", "autonomous breathing", (3823,))
"""autonomous breathing (SCT 45804006). Included from CID 3823."""

ValsalvaManeuver: _Final[_Code] = _Code(
    "SCT", "261039008", "Valsalva maneuver", (3271, 3823, 12002)
)
"""Valsalva maneuver (SCT 261039008). Included from CID 3823."""

CentralBreathingPosition: _Final[_Code] = _Code(
    "DCM", "122612", "central breathing position", (3823,)
)
"""central breathing position (DCM 122612). Included from CID 3823."""

ShallowBreathing: _Final[_Code] = _Code("SCT", "386616007", "shallow breathing", (3823,))
"""shallow breathing (SCT 386616007). Included from CID 3823."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PriorToVoiding,
    PostVoiding,
    FullRectum,
    EmptyRectum,
    PreSurgicalAnatomy,
    PostSurgicalAnatomy,
    Inspiration,
    Expiration,
    AutonomousBreathing,
    ValsalvaManeuver,
    CentralBreathingPosition,
    ShallowBreathing,
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
