"""CID 6303 Prostate Sector Anatomy from European Concensus 27 Sector (Optimal) Model.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1141.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6303
NAME: _Final[str] = "Prostate Sector Anatomy from European Concensus 27 Sector (Optimal) Model"
KEYWORD: _Final[str | None] = "ProstateSectorAnatomyFromEuropeanConcensus27SectorOptimalModel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1141"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20161106"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716925003", "Apical anterior fibromuscular stroma of prostate", (6303,)
)
"""Apical anterior fibromuscular stroma of prostate (SCT 716925003)."""

BasalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716891004", "Basal anterior fibromuscular stroma of prostate", (6303,)
)
"""Basal anterior fibromuscular stroma of prostate (SCT 716891004)."""

CentralZoneOfLeftHalfProstate: _Final[_Code] = _Code(
    "SCT", "716901006", "Central zone of left half prostate", (6301, 6302, 6303)
)
"""Central zone of left half prostate (SCT 716901006)."""

CentralZoneOfRightHalfProstate: _Final[_Code] = _Code(
    "SCT", "716900007", "Central zone of right half prostate", (6301, 6302, 6303)
)
"""Central zone of right half prostate (SCT 716900007)."""

LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716937001", "Left anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Left anterior apical peripheral zone of prostate (SCT 716937001)."""

LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716905002", "Left anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Left anterior basal peripheral zone of prostate (SCT 716905002)."""

LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716920008", "Left anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Left anterior middle peripheral zone of prostate (SCT 716920008)."""

LeftApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716929009", "Left apical transition zone of prostate", (6302, 6303)
)
"""Left apical transition zone of prostate (SCT 716929009)."""

LeftBasalPartTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716895008", "Left basal part transition zone of prostate", (6302, 6303)
)
"""Left basal part transition zone of prostate (SCT 716895008)."""

LeftMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716912006", "Left middle transition zone of prostate", (6302, 6303)
)
"""Left middle transition zone of prostate (SCT 716912006)."""

LeftPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716939003", "Left posterolateral apical peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral apical peripheral zone of prostate (SCT 716939003)."""

LeftPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716907005", "Left posterolateral basal peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral basal peripheral zone of prostate (SCT 716907005)."""

LeftPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716922000", "Left posterolateral middle peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral middle peripheral zone of prostate (SCT 716922000)."""

LeftPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716941002", "Left posteromedial apical peripheral zone of prostate", (6301, 6303)
)
"""Left posteromedial apical peripheral zone of prostate (SCT 716941002)."""

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

MiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716908000", "Middle anterior fibromuscular stroma of prostate", (6303,)
)
"""Middle anterior fibromuscular stroma of prostate (SCT 716908000)."""

RightAnteriorApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716936005", "Right anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Right anterior apical peripheral zone of prostate (SCT 716936005)."""

RightAnteriorBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716904003", "Right anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Right anterior basal peripheral zone of prostate (SCT 716904003)."""

RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716919002", "Right anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Right anterior middle peripheral zone of prostate (SCT 716919002)."""

RightApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716928001", "Right apical transition zone of prostate", (6302, 6303)
)
"""Right apical transition zone of prostate (SCT 716928001)."""

RightBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716894007", "Right basal transition zone of prostate", (6302, 6303)
)
"""Right basal transition zone of prostate (SCT 716894007)."""

RightMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716911004", "Right middle transition zone of prostate", (6302, 6303)
)
"""Right middle transition zone of prostate (SCT 716911004)."""

RightPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716938006", "Right posterolateral apical peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral apical peripheral zone of prostate (SCT 716938006)."""

RightPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716906001", "Right posterolateral basal peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral basal peripheral zone of prostate (SCT 716906001)."""

RightPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716921007", "Right posterolateral middle peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral middle peripheral zone of prostate (SCT 716921007)."""

RightPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716940001", "Right posteromedial apical peripheral zone of prostate", (6301, 6303)
)
"""Right posteromedial apical peripheral zone of prostate (SCT 716940001)."""

RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716923005", "Right posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Right posteromedial middle peripheral zone of prostate (SCT 716923005)."""

RightSeminalVesicle: _Final[_Code] = _Code(
    "SCT", "74308000", "Right seminal vesicle", (6301, 6302, 6303)
)
"""Right seminal vesicle (SCT 74308000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ApicalAnteriorFibromuscularStromaOfProstate,
    BasalAnteriorFibromuscularStromaOfProstate,
    CentralZoneOfLeftHalfProstate,
    CentralZoneOfRightHalfProstate,
    LeftAnteriorApicalPeripheralZoneOfProstate,
    LeftAnteriorBasalPeripheralZoneOfProstate,
    LeftAnteriorMiddlePeripheralZoneOfProstate,
    LeftApicalTransitionZoneOfProstate,
    LeftBasalPartTransitionZoneOfProstate,
    LeftMiddleTransitionZoneOfProstate,
    LeftPosterolateralApicalPeripheralZoneOfProstate,
    LeftPosterolateralBasalPeripheralZoneOfProstate,
    LeftPosterolateralMiddlePeripheralZoneOfProstate,
    LeftPosteromedialApicalPeripheralZoneOfProstate,
    LeftPosteromedialMiddlePeripheralZoneOfProstate,
    LeftSeminalVesicle,
    MaleExternalUrethralSphincter,
    MiddleAnteriorFibromuscularStromaOfProstate,
    RightAnteriorApicalPeripheralZoneOfProstate,
    RightAnteriorBasalPeripheralZoneOfProstate,
    RightAnteriorMiddlePeripheralZoneOfProstate,
    RightApicalTransitionZoneOfProstate,
    RightBasalTransitionZoneOfProstate,
    RightMiddleTransitionZoneOfProstate,
    RightPosterolateralApicalPeripheralZoneOfProstate,
    RightPosterolateralBasalPeripheralZoneOfProstate,
    RightPosterolateralMiddlePeripheralZoneOfProstate,
    RightPosteromedialApicalPeripheralZoneOfProstate,
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
