"""CID 3429 Catheterization Device.

Extensible, version 20240611, UID 1.2.840.10008.6.1.91.
Includes CID 3411.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3429
NAME: _Final[str] = "Catheterization Device"
KEYWORD: _Final[str | None] = "CatheterizationDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.91"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = (3411,)
EXTERNAL_SCHEME: _Final[str | None] = None

IntraAorticBalloonPumpIABP: _Final[_Code] = _Code(
    "SCT", "129113006", "Intra-Aortic Balloon Pump (IABP)", (3429, 3553)
)
"""Intra-Aortic Balloon Pump (IABP) (SCT 129113006)."""

FluidFilledCatheter: _Final[_Code] = _Code("SCT", "371798007", "Fluid filled catheter", (3429,))
"""Fluid filled catheter (SCT 371798007)."""

FiberopticCatheter: _Final[_Code] = _Code("SCT", "371801001", "Fiberoptic catheter", (3429,))
"""Fiberoptic catheter (SCT 371801001)."""

ThermistorCatheter: _Final[_Code] = _Code("SCT", "371800000", "Thermistor catheter", (3429,))
"""Thermistor catheter (SCT 371800000)."""

TipManometer: _Final[_Code] = _Code("SCT", "371802008", "Tip manometer", (3429,))
"""Tip manometer (SCT 371802008)."""

SwannGanzCatheter: _Final[_Code] = _Code("SCT", "397755005", "Swann-Ganz catheter", (3429,))
"""Swann-Ganz catheter (SCT 397755005)."""

Sheath: _Final[_Code] = _Code("SCT", "371793003", "Sheath", (3429,))
"""Sheath (SCT 371793003)."""

TransseptalCatheter: _Final[_Code] = _Code("SCT", "386124003", "Transseptal catheter", (3429,))
"""Transseptal catheter (SCT 386124003)."""

Bioptome: _Final[_Code] = _Code("DCM", "122052", "Bioptome", (3429,))
"""Bioptome (DCM 122052)."""

PercutaneousTransluminalAngioplastyBalloon: _Final[_Code] = _Code(
    "SCT", "102319006", "Percutaneous Transluminal Angioplasty Balloon", (8, 3411)
)
"""Percutaneous Transluminal Angioplasty Balloon (SCT 102319006). Included from CID 3411."""

CuttingBalloonAngioplastyCBADevice: _Final[_Code] = _Code(
    "SCT", "371794009", "Cutting Balloon Angioplasty (CBA) Device", (3411,)
)
"""Cutting Balloon Angioplasty (CBA) Device (SCT 371794009). Included from CID 3411."""

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007). Included from CID 3411."""

DirectionalCoronaryAtherectomyDCADevice: _Final[_Code] = _Code(
    "SCT", "371796006", "Directional Coronary Atherectomy (DCA) Device", (3411,)
)
"""Directional Coronary Atherectomy (DCA) Device (SCT 371796006). Included from CID 3411."""

RotationalAtherectomyDevice: _Final[_Code] = _Code(
    "SCT", "102313007", "Rotational Atherectomy Device", (8, 3411)
)
"""Rotational Atherectomy Device (SCT 102313007). Included from CID 3411."""

SalineThrombectomy: _Final[_Code] = _Code("SCT", "371797002", "Saline Thrombectomy", (3411,))
"""Saline Thrombectomy (SCT 371797002). Included from CID 3411."""

TransluminalExtractionCatheterTEC: _Final[_Code] = _Code(
    "SCT", "21870002", "Transluminal Extraction Catheter (TEC)", (3411,)
)
"""Transluminal Extraction Catheter (TEC) (SCT 21870002). Included from CID 3411."""

Laser: _Final[_Code] = _Code("SCT", "38586004", "Laser", (8, 3411))
"""Laser (SCT 38586004). Included from CID 3411."""

IntravascularUltrasoundIVUSDevice: _Final[_Code] = _Code(
    "SCT", "371795005", "Intravascular Ultrasound (IVUS) Device", (3411,)
)
"""Intravascular Ultrasound (IVUS) Device (SCT 371795005). Included from CID 3411."""

IntracoronaryDopplerGuideWire: _Final[_Code] = _Code(
    "SCT", "371788001", "Intracoronary Doppler guide wire", (3411,)
)
"""Intracoronary Doppler guide wire (SCT 371788001). Included from CID 3411."""

IntracoronaryPressureGuideWire: _Final[_Code] = _Code(
    "SCT", "371789009", "Intracoronary pressure guide wire", (3411,)
)
"""Intracoronary pressure guide wire (SCT 371789009). Included from CID 3411."""

BrachytherapyDevice: _Final[_Code] = _Code("SCT", "228748004", "Brachytherapy Device", (3411,))
"""Brachytherapy Device (SCT 228748004). Included from CID 3411."""

RadiofrequencyAblationDevice: _Final[_Code] = _Code(
    "SCT", "371791001", "Radiofrequency Ablation Device", (3411,)
)
"""Radiofrequency Ablation Device (SCT 371791001). Included from CID 3411."""

IntravascularOpticalCoherenceTomographyDevice: _Final[_Code] = _Code(
    "SCT", "445282004", "Intravascular Optical Coherence Tomography Device", (3411,)
)
"""Intravascular Optical Coherence Tomography Device (SCT 445282004). Included from CID 3411."""

GuideWire: _Final[_Code] = _Code("SCT", "272224001", "Guide Wire", (3411,))
"""Guide Wire (SCT 272224001). Included from CID 3411."""

GuidingCatheter: _Final[_Code] = _Code("SCT", "102317008", "Guiding Catheter", (8, 3411))
"""Guiding Catheter (SCT 102317008). Included from CID 3411."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IntraAorticBalloonPumpIABP,
    FluidFilledCatheter,
    FiberopticCatheter,
    ThermistorCatheter,
    TipManometer,
    SwannGanzCatheter,
    Sheath,
    TransseptalCatheter,
    Bioptome,
    PercutaneousTransluminalAngioplastyBalloon,
    CuttingBalloonAngioplastyCBADevice,
    Stent,
    DirectionalCoronaryAtherectomyDCADevice,
    RotationalAtherectomyDevice,
    SalineThrombectomy,
    TransluminalExtractionCatheterTEC,
    Laser,
    IntravascularUltrasoundIVUSDevice,
    IntracoronaryDopplerGuideWire,
    IntracoronaryPressureGuideWire,
    BrachytherapyDevice,
    RadiofrequencyAblationDevice,
    IntravascularOpticalCoherenceTomographyDevice,
    GuideWire,
    GuidingCatheter,
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
