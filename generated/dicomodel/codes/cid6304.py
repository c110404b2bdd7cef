"""CID 6304 Prostate Sector Anatomy from PI-RADS v2.1.

Extensible, version 20200117, UID 1.2.840.10008.6.1.1306.
Includes CID 6301.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6304
NAME: Final[str] = "Prostate Sector Anatomy from PI-RADS v2.1"
KEYWORD: Final[str | None] = "ProstateSectorAnatomyFromPIRADSv21"
UID: Final[str | None] = "1.2.840.10008.6.1.1306"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200117"
INCLUDES: Final[tuple[int, ...]] = (6301,)
EXTERNAL_SCHEME: Final[str | None] = None

LeftPosteromedialBasalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "836427009", "Left posteromedial basal peripheral zone of prostate", (6304,)
)
"""Left posteromedial basal peripheral zone of prostate (SCT 836427009)."""

RightPosteromedialBasalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "836428004", "Right posteromedial basal peripheral zone of prostate", (6304,)
)
"""Right posteromedial basal peripheral zone of prostate (SCT 836428004)."""

CentralZoneOfLeftHalfProstate: Final[Code] = Code(
    "SCT", "716901006", "Central zone of left half prostate", (6301, 6302, 6303)
)
"""Central zone of left half prostate (SCT 716901006). Included from CID 6301."""

CentralZoneOfRightHalfProstate: Final[Code] = Code(
    "SCT", "716900007", "Central zone of right half prostate", (6301, 6302, 6303)
)
"""Central zone of right half prostate (SCT 716900007). Included from CID 6301."""

LeftAnteriorApicalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716937001", "Left anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Left anterior apical peripheral zone of prostate (SCT 716937001). Included from CID 6301."""

LeftAnteriorApicalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716931000", "Left anterior apical transition zone of prostate", (6301,)
)
"""Left anterior apical transition zone of prostate (SCT 716931000). Included from CID 6301."""

LeftAnteriorBasalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716905002", "Left anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Left anterior basal peripheral zone of prostate (SCT 716905002). Included from CID 6301."""

LeftAnteriorBasalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716897000", "Left anterior basal transition zone of prostate", (6301,)
)
"""Left anterior basal transition zone of prostate (SCT 716897000). Included from CID 6301."""

LeftAnteriorMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716920008", "Left anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Left anterior middle peripheral zone of prostate (SCT 716920008). Included from CID 6301."""

LeftAnteriorMiddleTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716914007", "Left anterior middle transition zone of prostate", (6301,)
)
"""Left anterior middle transition zone of prostate (SCT 716914007). Included from CID 6301."""

LeftApicalAnteriorFibromuscularStromaOfProstate: Final[Code] = Code(
    "SCT", "716927006", "Left apical anterior fibromuscular stroma of prostate", (6301,)
)
"""Left apical anterior fibromuscular stroma of prostate (SCT 716927006). Included from CID 6301."""

LeftBasalAnteriorFibromuscularStromaOfProstate: Final[Code] = Code(
    "SCT", "716893001", "Left basal anterior fibromuscular stroma of prostate", (6301,)
)
"""Left basal anterior fibromuscular stroma of prostate (SCT 716893001). Included from CID 6301."""

LeftMiddleAnteriorFibromuscularStromaOfProstate: Final[Code] = Code(
    "SCT", "716910003", "Left middle anterior fibromuscular stroma of prostate", (6301,)
)
"""Left middle anterior fibromuscular stroma of prostate (SCT 716910003). Included from CID 6301."""

LeftPosteriorApicalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716933002", "Left posterior apical transition zone of prostate", (6301,)
)
"""Left posterior apical transition zone of prostate (SCT 716933002). Included from CID 6301."""

LeftPosteriorBasalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716899002", "Left posterior basal transition zone of prostate", (6301,)
)
"""Left posterior basal transition zone of prostate (SCT 716899002). Included from CID 6301."""

LeftPosteriorMiddleTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716916009", "Left posterior middle transition zone of prostate", (6301,)
)
"""Left posterior middle transition zone of prostate (SCT 716916009). Included from CID 6301."""

LeftPosterolateralApicalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716939003", "Left posterolateral apical peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral apical peripheral zone of prostate (SCT 716939003). Included from CID 6301."""

LeftPosterolateralBasalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716907005", "Left posterolateral basal peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral basal peripheral zone of prostate (SCT 716907005). Included from CID 6301."""

LeftPosterolateralMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716922000", "Left posterolateral middle peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral middle peripheral zone of prostate (SCT 716922000). Included from CID 6301."""

LeftPosteromedialApicalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716941002", "Left posteromedial apical peripheral zone of prostate", (6301, 6303)
)
"""Left posteromedial apical peripheral zone of prostate (SCT 716941002). Included from CID 6301."""

LeftPosteromedialMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716924004", "Left posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Left posteromedial middle peripheral zone of prostate (SCT 716924004). Included from CID 6301."""

LeftSeminalVesicle: Final[Code] = Code(
    "SCT", "42320003", "Left seminal vesicle", (6301, 6302, 6303)
)
"""Left seminal vesicle (SCT 42320003). Included from CID 6301."""

MaleExternalUrethralSphincter: Final[Code] = Code(
    "SCT", "717027004", "Male external urethral sphincter", (6301, 6302, 6303, 6348)
)
"""Male external urethral sphincter (SCT 717027004). Included from CID 6301."""

RightAnteriorApicalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716936005", "Right anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Right anterior apical peripheral zone of prostate (SCT 716936005). Included from CID 6301."""

RightAnteriorApicalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716930004", "Right anterior apical transition zone of prostate", (6301,)
)
"""Right anterior apical transition zone of prostate (SCT 716930004). Included from CID 6301."""

RightAnteriorBasalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716904003", "Right anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Right anterior basal peripheral zone of prostate (SCT 716904003). Included from CID 6301."""

RightAnteriorBasalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716896009", "Right anterior basal transition zone of prostate", (6301,)
)
"""Right anterior basal transition zone of prostate (SCT 716896009). Included from CID 6301."""

RightAnteriorMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716919002", "Right anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Right anterior middle peripheral zone of prostate (SCT 716919002). Included from CID 6301."""

RightAnteriorMiddleTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716913001", "Right anterior middle transition zone of prostate", (6301,)
)
"""Right anterior middle transition zone of prostate (SCT 716913001). Included from CID 6301."""

RightApicalAnteriorFibromuscularStromaOfProstate: Final[Code] = Code(
    "SCT", "716926002", "Right apical anterior fibromuscular stroma of prostate", (6301,)
)
"""Right apical anterior fibromuscular stroma of prostate (SCT 716926002). Included from CID 6301."""

RightBasalAnteriorFibromuscularStromaOfProstate: Final[Code] = Code(
    "SCT", "716892006", "Right basal anterior fibromuscular stroma of prostate", (6301,)
)
"""Right basal anterior fibromuscular stroma of prostate (SCT 716892006). Included from CID 6301."""

RightMiddleAnteriorFibromuscularStromaOfProstate: Final[Code] = Code(
    "SCT", "716909008", "Right middle anterior fibromuscular stroma of prostate", (6301,)
)
"""Right middle anterior fibromuscular stroma of prostate (SCT 716909008). Included from CID 6301."""

RightPosteriorApicalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716932007", "Right posterior apical transition zone of prostate", (6301,)
)
"""Right posterior apical transition zone of prostate (SCT 716932007). Included from CID 6301."""

RightPosteriorBasalTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716898005", "Right posterior basal transition zone of prostate", (6301,)
)
"""Right posterior basal transition zone of prostate (SCT 716898005). Included from CID 6301."""

RightPosteriorMiddleTransitionZoneOfProstate: Final[Code] = Code(
    "SCT", "716915008", "Right posterior middle transition zone of prostate", (6301,)
)
"""Right posterior middle transition zone of prostate (SCT 716915008). Included from CID 6301."""

RightPosterolateralApicalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716938006", "Right posterolateral apical peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral apical peripheral zone of prostate (SCT 716938006). Included from CID 6301."""

RightPosterolateralBasalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716906001", "Right posterolateral basal peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral basal peripheral zone of prostate (SCT 716906001). Included from CID 6301."""

RightPosterolateralMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716921007", "Right posterolateral middle peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral middle peripheral zone of prostate (SCT 716921007). Included from CID 6301."""

RightPosteromedialApicalPeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716940001", "Right posteromedial apical peripheral zone of prostate", (6301, 6303)
)
"""Right posteromedial apical peripheral zone of prostate (SCT 716940001). Included from CID 6301."""

RightPosteromedialMiddlePeripheralZoneOfProstate: Final[Code] = Code(
    "SCT", "716923005", "Right posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Right posteromedial middle peripheral zone of prostate (SCT 716923005). Included from CID 6301."""

RightSeminalVesicle: Final[Code] = Code(
    "SCT", "74308000", "Right seminal vesicle", (6301, 6302, 6303)
)
"""Right seminal vesicle (SCT 74308000). Included from CID 6301."""

MEMBERS: Final[tuple[Code, ...]] = (
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
