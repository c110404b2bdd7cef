"""CID 6302 Prostate Sector Anatomy from European Concensus 16 Sector (Minimal) Model.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1140.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6302
NAME: Final[str] = "Prostate Sector Anatomy from European Concensus 16 Sector (Minimal) Model"
KEYWORD: Final[str | None] = "ProstateSectorAnatomyFromEuropeanConcensus16SectorMinimalModel"
UID: Final[str | None] = "1.2.840.10008.6.1.1140"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20161106"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CentralZoneOfLeftHalfProstate: Final[Code] = Code(
    "SCT", "716901006", "Central zone of left half prostate", (6301, 6302, 6303)
)
"""Central zone of left half prostate (SCT 716901006)."""

CentralZoneOfRightHalfProstate: Final[Code] = Code(
    "SCT", "716900007", "Central zone of right half prostate", (6301, 6302, 6303)
)
"""Central zone of right half prostate (SCT 716900007)."""

LeftApicalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716935009", "Left apical peripheral zone of prostate", (6302,)
)
"""Left apical peripheral zone of prostate (SCT 716935009)."""

LeftApicalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716929009", "Left apical transition zone of prostate", (6302, 6303)
)
"""Left apical transition zone of prostate (SCT 716929009)."""

LeftBasalPartTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716895008", "Left basal part transition zone of prostate", (6302, 6303)
)
"""Left basal part transition zone of prostate (SCT 716895008)."""

LeftBasalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716903009", "Left basal peripheral zone of prostate", (6302,)
)
"""Left basal peripheral zone of prostate (SCT 716903009)."""

LeftLateralMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716918005", "Left lateral middle peripheral zone of prostate", (6302,)
)
"""Left lateral middle peripheral zone of prostate (SCT 716918005)."""

LeftMiddleTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716912006", "Left middle transition zone of prostate", (6302, 6303)
)
"""Left middle transition zone of prostate (SCT 716912006)."""

LeftPosteromedialMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716924004", "Left posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Left posteromedial middle peripheral zone of prostate (SCT 716924004)."""

LeftSeminalVesicle: Final[Code] = Code(
    "SCT", "42320003", "Left seminal vesicle", (6301, 6302, 6303)
)
"""Left seminal vesicle (SCT 42320003)."""

MaleExternalUrethralSphincter: Final[Code] = Code(
    "SCT", "717027004", "Male external urethral sphincter", (6301, 6302, 6303, 6348)
)
"""Male external urethral sphincter (SCT 717027004)."""

RightApicalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716934008", "Right apical peripheral zone of prostate", (6302,)
)
"""Right apical peripheral zone of prostate (SCT 716934008)."""

RightApicalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716928001", "Right apical transition zone of prostate", (6302, 6303)
)
"""Right apical transition zone of prostate (SCT 716928001)."""

RightBasalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716902004", "Right basal peripheral zone of prostate", (6302,)
)
"""Right basal peripheral zone of prostate (SCT 716902004)."""

RightBasalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716894007", "Right basal transition zone of prostate", (6302, 6303)
)
"""Right basal transition zone of prostate (SCT 716894007)."""

RightLateralMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716917000", "Right lateral middle peripheral zone of prostate", (6302,)
)
"""Right lateral middle peripheral zone of prostate (SCT 716917000)."""

RightMiddleTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716911004", "Right middle transition zone of prostate", (6302, 6303)
)
"""Right middle transition zone of prostate (SCT 716911004)."""

RightPosteromedialMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716923005", "Right posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Right posteromedial middle peripheral zone of prostate (SCT 716923005)."""

RightSeminalVesicle: Final[Code] = Code(
    "SCT", "74308000", "Right seminal vesicle", (6301, 6302, 6303)
)
"""Right seminal vesicle (SCT 74308000)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
