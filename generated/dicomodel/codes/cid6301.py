"""CID 6301 Prostate Sector Anatomy from PI-RADS v2.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1139.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6301
NAME: _Final[str] = "Prostate Sector Anatomy from PI-RADS v2"
KEYWORD: _Final[str | None] = "ProstateSectorAnatomyFromPIRADSv2"
UID: _Final[str | None] = "1.2.840.10008.6.1.1139"
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

LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716937001", "Left anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Left anterior apical peripheral zone of prostate (SCT 716937001)."""

LeftAnteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716931000", "Left anterior apical transition zone of prostate", (6301,)
)
"""Left anterior apical transition zone of prostate (SCT 716931000)."""

LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716905002", "Left anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Left anterior basal peripheral zone of prostate (SCT 716905002)."""

LeftAnteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716897000", "Left anterior basal transition zone of prostate", (6301,)
)
"""Left anterior basal transition zone of prostate (SCT 716897000)."""

LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716920008", "Left anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Left anterior middle peripheral zone of prostate (SCT 716920008)."""

LeftAnteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716914007", "Left anterior middle transition zone of prostate", (6301,)
)
"""Left anterior middle transition zone of prostate (SCT 716914007)."""

LeftApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716927006", "Left apical anterior fibromuscular stroma of prostate", (6301,)
)
"""Left apical anterior fibromuscular stroma of prostate (SCT 716927006)."""

LeftBasalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716893001", "Left basal anterior fibromuscular stroma of prostate", (6301,)
)
"""Left basal anterior fibromuscular stroma of prostate (SCT 716893001)."""

LeftMiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716910003", "Left middle anterior fibromuscular stroma of prostate", (6301,)
)
"""Left middle anterior fibromuscular stroma of prostate (SCT 716910003)."""

LeftPosteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716933002", "Left posterior apical transition zone of prostate", (6301,)
)
"""Left posterior apical transition zone of prostate (SCT 716933002)."""

LeftPosteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716899002", "Left posterior basal transition zone of prostate", (6301,)
)
"""Left posterior basal transition zone of prostate (SCT 716899002)."""

LeftPosteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716916009", "Left posterior middle transition zone of prostate", (6301,)
)
"""Left posterior middle transition zone of prostate (SCT 716916009)."""

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

RightAnteriorApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716936005", "Right anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Right anterior apical peripheral zone of prostate (SCT 716936005)."""

RightAnteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716930004", "Right anterior apical transition zone of prostate", (6301,)
)
"""Right anterior apical transition zone of prostate (SCT 716930004)."""

RightAnteriorBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716904003", "Right anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Right anterior basal peripheral zone of prostate (SCT 716904003)."""

RightAnteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716896009", "Right anterior basal transition zone of prostate", (6301,)
)
"""Right anterior basal transition zone of prostate (SCT 716896009)."""

RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716919002", "Right anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Right anterior middle peripheral zone of prostate (SCT 716919002)."""

RightAnteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716913001", "Right anterior middle transition zone of prostate", (6301,)
)
"""Right anterior middle transition zone of prostate (SCT 716913001)."""

RightApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716926002", "Right apical anterior fibromuscular stroma of prostate", (6301,)
)
"""Right apical anterior fibromuscular stroma of prostate (SCT 716926002)."""

RightBasalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716892006", "Right basal anterior fibromuscular stroma of prostate", (6301,)
)
"""Right basal anterior fibromuscular stroma of prostate (SCT 716892006)."""

RightMiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716909008", "Right middle anterior fibromuscular stroma of prostate", (6301,)
)
"""Right middle anterior fibromuscular stroma of prostate (SCT 716909008)."""

RightPosteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716932007", "Right posterior apical transition zone of prostate", (6301,)
)
"""Right posterior apical transition zone of prostate (SCT 716932007)."""

RightPosteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716898005", "Right posterior basal transition zone of prostate", (6301,)
)
"""Right posterior basal transition zone of prostate (SCT 716898005)."""

RightPosteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716915008", "Right posterior middle transition zone of prostate", (6301,)
)
"""Right posterior middle transition zone of prostate (SCT 716915008)."""

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
    CentralZoneOfLeftHalfProstate,
    CentralZoneOfRightHalfProstate,
    LeftAnteriorApicalPeripheralZoneOfProstate,
    LeftAnteriorApicalTransitionZoneOfProstate,
    LeftAnteriorBasalPeripheralZoneOfProstate,
    LeftAnteriorBasalTransitionZoneOfProstate,
    LeftAnteriorMiddlePeripheralZoneOfProstate,
    LeftAnteriorMiddleTransitionZoneOfProstate,
    LeftApicalAnteriorFibromuscularStromaOfProstate,
    LeftBasalAnteriorFibromuscularStromaOfProstate,
    LeftMiddleAnteriorFibromuscularStromaOfProstate,
    LeftPosteriorApicalTransitionZoneOfProstate,
    LeftPosteriorBasalTransitionZoneOfProstate,
    LeftPosteriorMiddleTransitionZoneOfProstate,
    LeftPosterolateralApicalPeripheralZoneOfProstate,
    LeftPosterolateralBasalPeripheralZoneOfProstate,
    LeftPosterolateralMiddlePeripheralZoneOfProstate,
    LeftPosteromedialApicalPeripheralZoneOfProstate,
    LeftPosteromedialMiddlePeripheralZoneOfProstate,
    LeftSeminalVesicle,
    MaleExternalUrethralSphincter,
    RightAnteriorApicalPeripheralZoneOfProstate,
    RightAnteriorApicalTransitionZoneOfProstate,
    RightAnteriorBasalPeripheralZoneOfProstate,
    RightAnteriorBasalTransitionZoneOfProstate,
    RightAnteriorMiddlePeripheralZoneOfProstate,
    RightAnteriorMiddleTransitionZoneOfProstate,
    RightApicalAnteriorFibromuscularStromaOfProstate,
    RightBasalAnteriorFibromuscularStromaOfProstate,
    RightMiddleAnteriorFibromuscularStromaOfProstate,
    RightPosteriorApicalTransitionZoneOfProstate,
    RightPosteriorBasalTransitionZoneOfProstate,
    RightPosteriorMiddleTransitionZoneOfProstate,
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
