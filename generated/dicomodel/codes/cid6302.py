"""CID 6302 Prostate Sector Anatomy from European Concensus 16 Sector (Minimal) Model.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1140.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6302
NAME: _Final[str] = "Prostate Sector Anatomy from European Concensus 16 Sector (Minimal) Model"
KEYWORD: _Final[str | None] = "ProstateSectorAnatomyFromEuropeanConcensus16SectorMinimalModel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1140"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20161106"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CentralZoneOfLeftHalfProstate: _Final[_Code] = _Code(
    "SCT", "716901006", "Central zone of left half prostate", (6301, 6302, 6303)
)
"""Central zone of left half prostate (SCT 716901006)."""

CentralZoneOfRightHalfProstate: _Final[_Code] = _Code(
    "SCT", "716900007", "Central zone of right half prostate", (6301, 6302, 6303)
)
"""Central zone of right half prostate (SCT 716900007)."""

LeftApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716935009", "Left apical peripheral zone of prostate", (6302,)
)
"""Left apical peripheral zone of prostate (SCT 716935009)."""

LeftApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716929009", "Left apical transition zone of prostate", (6302, 6303)
)
"""Left apical transition zone of prostate (SCT 716929009)."""

LeftBasalPartTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716895008", "Left basal part transition zone of prostate", (6302, 6303)
)
"""Left basal part transition zone of prostate (SCT 716895008)."""

LeftBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716903009", "Left basal peripheral zone of prostate", (6302,)
)
"""Left basal peripheral zone of prostate (SCT 716903009)."""

LeftLateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716918005", "Left lateral middle peripheral zone of prostate", (6302,)
)
"""Left lateral middle peripheral zone of prostate (SCT 716918005)."""

LeftMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716912006", "Left middle transition zone of prostate", (6302, 6303)
)
"""Left middle transition zone of prostate (SCT 716912006)."""

LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716924004", "Left posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Left posteromedial middle peripheral zone of prostate (SCT 716924004)."""

LeftSeminalVesicle: _Final[_Code] = _Code(
    "SCT", "42320003", "Left seminal vesicle", (6301, 6302, 6303)
)
"""Left seminal vesicle (SCT 42320003)."""

MaleExternalUrethralSphincter: _Final[_Code] = _Code(
    "SCT", "717027004", "Male external urethral sphincter", (6301, 6302, 6303, 6348)
)
"""Male external urethral sphincter (SCT 717027004)."""

RightApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716934008", "Right apical peripheral zone of prostate", (6302,)
)
"""Right apical peripheral zone of prostate (SCT 716934008)."""

RightApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716928001", "Right apical transition zone of prostate", (6302, 6303)
)
"""Right apical transition zone of prostate (SCT 716928001)."""

RightBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716902004", "Right basal peripheral zone of prostate", (6302,)
)
"""Right basal peripheral zone of prostate (SCT 716902004)."""

RightBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716894007", "Right basal transition zone of prostate", (6302, 6303)
)
"""Right basal transition zone of prostate (SCT 716894007)."""

RightLateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716917000", "Right lateral middle peripheral zone of prostate", (6302,)
)
"""Right lateral middle peripheral zone of prostate (SCT 716917000)."""

RightMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716911004", "Right middle transition zone of prostate", (6302, 6303)
)
"""Right middle transition zone of prostate (SCT 716911004)."""

RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716923005", "Right posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Right posteromedial middle peripheral zone of prostate (SCT 716923005)."""

RightSeminalVesicle: _Final[_Code] = _Code(
    "SCT", "74308000", "Right seminal vesicle", (6301, 6302, 6303)
)
"""Right seminal vesicle (SCT 74308000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CentralZoneOfLeftHalfProstate,
    CentralZoneOfRightHalfProstate,
    LeftApicalPeripheralZoneOfProstate,
    LeftApicalTransitionZoneOfProstate,
    LeftBasalPartTransitionZoneOfProstate,
    LeftBasalPeripheralZoneOfProstate,
    LeftLateralMiddlePeripheralZoneOfProstate,
    LeftMiddleTransitionZoneOfProstate,
    LeftPosteromedialMiddlePeripheralZoneOfProstate,
    LeftSeminalVesicle,
    MaleExternalUrethralSphincter,
    RightApicalPeripheralZoneOfProstate,
    RightApicalTransitionZoneOfProstate,
    RightBasalPeripheralZoneOfProstate,
    RightBasalTransitionZoneOfProstate,
    RightLateralMiddlePeripheralZoneOfProstate,
    RightMiddleTransitionZoneOfProstate,
    RightPosteromedialMiddlePeripheralZoneOfProstate,
    RightSeminalVesicle,
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
