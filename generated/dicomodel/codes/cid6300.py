"""CID 6300 Prostate Anatomy.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1138.
Includes CID 6304, CID 6302, CID 6303.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6300
NAME: _Final[str] = "Prostate Anatomy"
KEYWORD: _Final[str | None] = "ProstateAnatomy"
UID: _Final[str | None] = "1.2.840.10008.6.1.1138"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210120"
INCLUDES: _Final[tuple[int, ...]] = (6304, 6302, 6303)
EXTERNAL_SCHEME: _Final[str | None] = None

Prostate: _Final[_Code] = _Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001)."""

SeminalVesicle: _Final[_Code] = _Code(
    "SCT", "64739004", "Seminal Vesicle", (6204, 6300, 6348, 7160)
)
"""Seminal Vesicle (SCT 64739004)."""

PeripheralZoneOfTheProstate: _Final[_Code] = _Code(
    "SCT", "279706003", "Peripheral zone of the prostate", (6300,)
)
"""Peripheral zone of the prostate (SCT 279706003)."""

TransitionZoneOfTheProstate: _Final[_Code] = _Code(
    "SCT", "399384005", "Transition zone of the prostate", (6300,)
)
"""Transition zone of the prostate (SCT 399384005)."""

AnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "717025007", "Anterior fibromuscular stroma of prostate", (6300,)
)
"""Anterior fibromuscular stroma of prostate (SCT 717025007)."""

ProstaticUrethra: _Final[_Code] = _Code("SCT", "71553001", "Prostatic Urethra", (6300,))
"""Prostatic Urethra (SCT 71553001)."""

LeftPosteromedialBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "836427009", "Left posteromedial basal peripheral zone of prostate", (6304,)
)
"""Left posteromedial basal peripheral zone of prostate (SCT 836427009). Included from CID 6304."""

RightPosteromedialBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "836428004", "Right posteromedial basal peripheral zone of prostate", (6304,)
)
"""Right posteromedial basal peripheral zone of prostate (SCT 836428004). Included from CID 6304."""

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

LeftApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716935009", "Left apical peripheral zone of prostate", (6302,)
)
"""Left apical peripheral zone of prostate (SCT 716935009). Included from CID 6302."""

LeftApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716929009", "Left apical transition zone of prostate", (6302, 6303)
)
"""Left apical transition zone of prostate (SCT 716929009). Included from CID 6302."""

LeftBasalPartTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716895008", "Left basal part transition zone of prostate", (6302, 6303)
)
"""Left basal part transition zone of prostate (SCT 716895008). Included from CID 6302."""

LeftBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716903009", "Left basal peripheral zone of prostate", (6302,)
)
"""Left basal peripheral zone of prostate (SCT 716903009). Included from CID 6302."""

LeftLateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716918005", "Left lateral middle peripheral zone of prostate", (6302,)
)
"""Left lateral middle peripheral zone of prostate (SCT 716918005). Included from CID 6302."""

LeftMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716912006", "Left middle transition zone of prostate", (6302, 6303)
)
"""Left middle transition zone of prostate (SCT 716912006). Included from CID 6302."""

RightApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716934008", "Right apical peripheral zone of prostate", (6302,)
)
"""Right apical peripheral zone of prostate (SCT 716934008). Included from CID 6302."""

RightApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716928001", "Right apical transition zone of prostate", (6302, 6303)
)
"""Right apical transition zone of prostate (SCT 716928001). Included from CID 6302."""

RightBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716902004", "Right basal peripheral zone of prostate", (6302,)
)
"""Right basal peripheral zone of prostate (SCT 716902004). Included from CID 6302."""

RightBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716894007", "Right basal transition zone of prostate", (6302, 6303)
)
"""Right basal transition zone of prostate (SCT 716894007). Included from CID 6302."""

RightLateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716917000", "Right lateral middle peripheral zone of prostate", (6302,)
)
"""Right lateral middle peripheral zone of prostate (SCT 716917000). Included from CID 6302."""

RightMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716911004", "Right middle transition zone of prostate", (6302, 6303)
)
"""Right middle transition zone of prostate (SCT 716911004). Included from CID 6302."""

ApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716925003", "Apical anterior fibromuscular stroma of prostate", (6303,)
)
"""Apical anterior fibromuscular stroma of prostate (SCT 716925003). Included from CID 6303."""

BasalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716891004", "Basal anterior fibromuscular stroma of prostate", (6303,)
)
"""Basal anterior fibromuscular stroma of prostate (SCT 716891004). Included from CID 6303."""

MiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716908000", "Middle anterior fibromuscular stroma of prostate", (6303,)
)
"""Middle anterior fibromuscular stroma of prostate (SCT 716908000). Included from CID 6303."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Prostate,
    SeminalVesicle,
    PeripheralZoneOfTheProstate,
    TransitionZoneOfTheProstate,
    AnteriorFibromuscularStromaOfProstate,
    ProstaticUrethra,
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
    LeftApicalPeripheralZoneOfProstate,
    LeftApicalTransitionZoneOfProstate,
    LeftBasalPartTransitionZoneOfProstate,
    LeftBasalPeripheralZoneOfProstate,
    LeftLateralMiddlePeripheralZoneOfProstate,
    LeftMiddleTransitionZoneOfProstate,
    RightApicalPeripheralZoneOfProstate,
    RightApicalTransitionZoneOfProstate,
    RightBasalPeripheralZoneOfProstate,
    RightBasalTransitionZoneOfProstate,
    RightLateralMiddlePeripheralZoneOfProstate,
    RightMiddleTransitionZoneOfProstate,
    ApicalAnteriorFibromuscularStromaOfProstate,
    BasalAnteriorFibromuscularStromaOfProstate,
    MiddleAnteriorFibromuscularStromaOfProstate,
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
