"""CID 3411 Intracoronary Device.

Extensible, version 20110609, UID 1.2.840.10008.6.1.76.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3411
NAME: _Final[str] = "Intracoronary Device"
KEYWORD: _Final[str | None] = "IntracoronaryDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.76"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110609"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PercutaneousTransluminalAngioplastyBalloon: _Final[_Code] = _Code(
    "SCT", "102319006", "Percutaneous Transluminal Angioplasty Balloon", (8, 3411)
)
"""Percutaneous Transluminal Angioplasty Balloon (SCT 102319006)."""

CuttingBalloonAngioplastyCBADevice: _Final[_Code] = _Code(
    "SCT", "371794009", "Cutting Balloon Angioplasty (CBA) Device", (3411,)
)
"""Cutting Balloon Angioplasty (CBA) Device (SCT 371794009)."""

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007)."""

DirectionalCoronaryAtherectomyDCADevice: _Final[_Code] = _Code(
    "SCT", "371796006", "Directional Coronary Atherectomy (DCA) Device", (3411,)
)
"""Directional Coronary Atherectomy (DCA) Device (SCT 371796006)."""

RotationalAtherectomyDevice: _Final[_Code] = _Code(
    "SCT", "102313007", "Rotational Atherectomy Device", (8, 3411)
)
"""Rotational Atherectomy Device (SCT 102313007)."""

SalineThrombectomy: _Final[_Code] = _Code("SCT", "371797002", "Saline Thrombectomy", (3411,))
"""Saline Thrombectomy (SCT 371797002)."""

TransluminalExtractionCatheterTEC: _Final[_Code] = _Code(
    "SCT", "21870002", "Transluminal Extraction Catheter (TEC)", (3411,)
)
"""Transluminal Extraction Catheter (TEC) (SCT 21870002)."""

Laser: _Final[_Code] = _Code("SCT", "38586004", "Laser", (8, 3411))
"""Laser (SCT 38586004)."""

IntravascularUltrasoundIVUSDevice: _Final[_Code] = _Code(
    "SCT", "371795005", "Intravascular Ultrasound (IVUS) Device", (3411,)
)
"""Intravascular Ultrasound (IVUS) Device (SCT 371795005)."""

IntracoronaryDopplerGuideWire: _Final[_Code] = _Code(
    "SCT", "371788001", "Intracoronary Doppler guide wire", (3411,)
)
"""Intracoronary Doppler guide wire (SCT 371788001)."""

IntracoronaryPressureGuideWire: _Final[_Code] = _Code(
    "SCT", "371789009", "Intracoronary pressure guide wire", (3411,)
)
"""Intracoronary pressure guide wire (SCT 371789009)."""

BrachytherapyDevice: _Final[_Code] = _Code("SCT", "228748004", "Brachytherapy Device", (3411,))
"""Brachytherapy Device (SCT 228748004)."""

RadiofrequencyAblationDevice: _Final[_Code] = _Code(
    "SCT", "371791001", "Radiofrequency Ablation Device", (3411,)
)
"""Radiofrequency Ablation Device (SCT 371791001)."""

IntravascularOpticalCoherenceTomographyDevice: _Final[_Code] = _Code(
    "SCT", "445282004", "Intravascular Optical Coherence Tomography Device", (3411,)
)
"""Intravascular Optical Coherence Tomography Device (SCT 445282004)."""

GuideWire: _Final[_Code] = _Code("SCT", "272224001", "Guide Wire", (3411,))
"""Guide Wire (SCT 272224001)."""

GuidingCatheter: _Final[_Code] = _Code("SCT", "102317008", "Guiding Catheter", (8, 3411))
"""Guiding Catheter (SCT 102317008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
