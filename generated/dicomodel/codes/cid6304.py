"""CID 6304 Prostate Sector Anatomy from PI-RADS v2.1.

Extensible, version 20200117, UID 1.2.840.10008.6.1.1306.
Includes CID 6301.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6304
NAME: _Final[str] = "Prostate Sector Anatomy from PI-RADS v2.1"
KEYWORD: _Final[str | None] = "ProstateSectorAnatomyFromPIRADSv21"
UID: _Final[str | None] = "1.2.840.10008.6.1.1306"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200117"
INCLUDES: _Final[tuple[int, ...]] = (6301,)
EXTERNAL_SCHEME: _Final[str | None] = None

LeftPosteromedialBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "836427009", "Left posteromedial basal peripheral zone of prostate", (6304,)
)
"""Left posteromedial basal peripheral zone of prostate (SCT 836427009)."""

RightPosteromedialBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "836428004", "Right posteromedial basal peripheral zone of prostate", (6304,)
)
"""Right posteromedial basal peripheral zone of prostate (SCT 836428004)."""

CentralZoneOfLeftHalfProstate: _Final[_Code] = _Code(
    "SCT", "716901006", "Central zone of left half prostate", (6301, 6302, 6303)
)
"""Central zone of left half prostate (SCT 716901006). Included from CID 6301."""

CentralZoneOfRightHalfProstate: _Final[_Code] = _Code(
    "SCT", "716900007", "Central zone of right half prostate", (6301, 6302, 6303)
)
"""Central zone of right half prostate (SCT 716900007). Included from CID 6301."""

LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716937001", "Left anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Left anterior apical peripheral zone of prostate (SCT 716937001). Included from CID 6301."""

LeftAnteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716931000", "Left anterior apical transition zone of prostate", (6301,)
)
"""Left anterior apical transition zone of prostate (SCT 716931000). Included from CID 6301."""

LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716905002", "Left anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Left anterior basal peripheral zone of prostate (SCT 716905002). Included from CID 6301."""

LeftAnteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716897000", "Left anterior basal transition zone of prostate", (6301,)
)
"""Left anterior basal transition zone of prostate (SCT 716897000). Included from CID 6301."""

LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716920008", "Left anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Left anterior middle peripheral zone of prostate (SCT 716920008). Included from CID 6301."""

LeftAnteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716914007", "Left anterior middle transition zone of prostate", (6301,)
)
"""Left anterior middle transition zone of prostate (SCT 716914007). Included from CID 6301."""

LeftApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716927006", "Left apical anterior fibromuscular stroma of prostate", (6301,)
)
"""Left apical anterior fibromuscular stroma of prostate (SCT 716927006). Included from CID 6301."""

LeftBasalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716893001", "Left basal anterior fibromuscular stroma of prostate", (6301,)
)
"""Left basal anterior fibromuscular stroma of prostate (SCT 716893001). Included from CID 6301."""

LeftMiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716910003", "Left middle anterior fibromuscular stroma of prostate", (6301,)
)
"""Left middle anterior fibromuscular stroma of prostate (SCT 716910003). Included from CID 6301."""

LeftPosteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716933002", "Left posterior apical transition zone of prostate", (6301,)
)
"""Left posterior apical transition zone of prostate (SCT 716933002). Included from CID 6301."""

LeftPosteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716899002", "Left posterior basal transition zone of prostate", (6301,)
)
"""Left posterior basal transition zone of prostate (SCT 716899002). Included from CID 6301."""

LeftPosteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716916009", "Left posterior middle transition zone of prostate", (6301,)
)
"""Left posterior middle transition zone of prostate (SCT 716916009). Included from CID 6301."""

LeftPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716939003", "Left posterolateral apical peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral apical peripheral zone of prostate (SCT 716939003). Included from CID 6301."""

LeftPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716907005", "Left posterolateral basal peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral basal peripheral zone of prostate (SCT 716907005). Included from CID 6301."""

LeftPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716922000", "Left posterolateral middle peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral middle peripheral zone of prostate (SCT 716922000). Included from CID 6301."""

LeftPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716941002", "Left posteromedial apical peripheral zone of prostate", (6301, 6303)
)
"""Left posteromedial apical peripheral zone of prostate (SCT 716941002). Included from CID 6301."""

LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716924004", "Left posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Left posteromedial middle peripheral zone of prostate (SCT 716924004). Included from CID 6301."""

LeftSeminalVesicle: _Final[_Code] = _Code(
    "SCT", "42320003", "Left seminal vesicle", (6301, 6302, 6303)
)
"""Left seminal vesicle (SCT 42320003). Included from CID 6301."""

MaleExternalUrethralSphincter: _Final[_Code] = _Code(
    "SCT", "717027004", "Male external urethral sphincter", (6301, 6302, 6303, 6348)
)
"""Male external urethral sphincter (SCT 717027004). Included from CID 6301."""

RightAnteriorApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716936005", "Right anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Right anterior apical peripheral zone of prostate (SCT 716936005). Included from CID 6301."""

RightAnteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716930004", "Right anterior apical transition zone of prostate", (6301,)
)
"""Right anterior apical transition zone of prostate (SCT 716930004). Included from CID 6301."""

RightAnteriorBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716904003", "Right anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Right anterior basal peripheral zone of prostate (SCT 716904003). Included from CID 6301."""

RightAnteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716896009", "Right anterior basal transition zone of prostate", (6301,)
)
"""Right anterior basal transition zone of prostate (SCT 716896009). Included from CID 6301."""

RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716919002", "Right anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Right anterior middle peripheral zone of prostate (SCT 716919002). Included from CID 6301."""

RightAnteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716913001", "Right anterior middle transition zone of prostate", (6301,)
)
"""Right anterior middle transition zone of prostate (SCT 716913001). Included from CID 6301."""

RightApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716926002", "Right apical anterior fibromuscular stroma of prostate", (6301,)
)
"""Right apical anterior fibromuscular stroma of prostate (SCT 716926002). Included from CID 6301."""

RightBasalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716892006", "Right basal anterior fibromuscular stroma of prostate", (6301,)
)
"""Right basal anterior fibromuscular stroma of prostate (SCT 716892006). Included from CID 6301."""

RightMiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716909008", "Right middle anterior fibromuscular stroma of prostate", (6301,)
)
"""Right middle anterior fibromuscular stroma of prostate (SCT 716909008). Included from CID 6301."""

RightPosteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716932007", "Right posterior apical transition zone of prostate", (6301,)
)
"""Right posterior apical transition zone of prostate (SCT 716932007). Included from CID 6301."""

RightPosteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716898005", "Right posterior basal transition zone of prostate", (6301,)
)
"""Right posterior basal transition zone of prostate (SCT 716898005). Included from CID 6301."""

RightPosteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716915008", "Right posterior middle transition zone of prostate", (6301,)
)
"""Right posterior middle transition zone of prostate (SCT 716915008). Included from CID 6301."""

RightPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716938006", "Right posterolateral apical peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral apical peripheral zone of prostate (SCT 716938006). Included from CID 6301."""

RightPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716906001", "Right posterolateral basal peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral basal peripheral zone of prostate (SCT 716906001). Included from CID 6301."""

RightPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716921007", "Right posterolateral middle peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral middle peripheral zone of prostate (SCT 716921007). Included from CID 6301."""

RightPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716940001", "Right posteromedial apical peripheral zone of prostate", (6301, 6303)
)
"""Right posteromedial apical peripheral zone of prostate (SCT 716940001). Included from CID 6301."""

RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716923005", "Right posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Right posteromedial middle peripheral zone of prostate (SCT 716923005). Included from CID 6301."""

RightSeminalVesicle: _Final[_Code] = _Code(
    "SCT", "74308000", "Right seminal vesicle", (6301, 6302, 6303)
)
"""Right seminal vesicle (SCT 74308000). Included from CID 6301."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftPosteromedialBasalPeripheralZoneOfProstate,
    RightPosteromedialBasalPeripheralZoneOfProstate,
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
