"""CID 4051 General Device.

Extensible, version 20160525, UID 1.2.840.10008.6.1.314.
Includes CID 8, CID 3451, CID 4052.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4051
NAME: Final[str] = "General Device"
KEYWORD: Final[str | None] = "GeneralDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.314"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160525"
INCLUDES: Final[tuple[int, ...]] = (8, 3451, 4052)
EXTERNAL_SCHEME: Final[str | None] = None

Syringe: Final[Code] = Code("SCT", "61968008", "Syringe", (69, 4051))
"""Syringe (SCT 61968008)."""

Stent: Final[Code] = Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007). Included from CID 8."""

Catheter: Final[Code] = Code("SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112))
"""Catheter (SCT 19923001). Included from CID 8."""

Laser: Final[Code] = Code("SCT", "38586004", "Laser", (8, 3411))
"""Laser (SCT 38586004). Included from CID 8."""

Glue: Final[Code] = Code("SCT", "57126000", "Glue", (8,))
"""Glue (SCT 57126000). Included from CID 8."""

AtherectomyDevice: Final[Code] = Code("SCT", "102312002", "Atherectomy device", (8,))
"""Atherectomy device (SCT 102312002). Included from CID 8."""

EmbolizationBall: Final[Code] = Code("SCT", "102315000", "Embolization ball", (8,))
"""Embolization ball (SCT 102315000). Included from CID 8."""

PercutaneousTransluminalAngioplastyBalloon: Final[Code] = Code(
    "SCT", "102319006", "Percutaneous transluminal angioplasty balloon", (8, 3411)
)
"""Percutaneous transluminal angioplasty balloon (SCT 102319006). Included from CID 8."""

EmbolizationCoil: Final[Code] = Code("SCT", "102314001", "Embolization coil", (8,))
"""Embolization coil (SCT 102314001). Included from CID 8."""

DetachableBalloon: Final[Code] = Code("SCT", "102320000", "Detachable balloon", (8,))
"""Detachable balloon (SCT 102320000). Included from CID 8."""

GuidingCatheter: Final[Code] = Code("SCT", "102317008", "Guiding catheter", (8, 3411))
"""Guiding catheter (SCT 102317008). Included from CID 8."""

EmbolizationParticulate: Final[Code] = Code("SCT", "102316004", "Embolization particulate", (8,))
"""Embolization particulate (SCT 102316004). Included from CID 8."""

RotationalAtherectomyDevice: Final[Code] = Code(
    "SCT", "102313007", "Rotational atherectomy device", (8, 3411)
)
"""Rotational atherectomy device (SCT 102313007). Included from CID 8."""

MeasuringRuler: Final[Code] = Code("SCT", "102304005", "Measuring ruler", (8, 3451))
"""Measuring ruler (SCT 102304005). Included from CID 8."""

Sphere: Final[Code] = Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485). Included from CID 8."""

Phantom: Final[Code] = Code("SCT", "706342009", "Phantom", (4031, 4052, 7710, 10060))
"""Phantom (SCT 706342009). Included from CID 4052."""

ACRAccreditationPhantomCT: Final[Code] = Code(
    "DCM", "113682", "ACR Accreditation Phantom - CT", (4052,)
)
"""ACR Accreditation Phantom - CT (DCM 113682). Included from CID 4052."""

ACRAccreditationPhantomMR: Final[Code] = Code(
    "DCM", "113683", "ACR Accreditation Phantom - MR", (4052,)
)
"""ACR Accreditation Phantom - MR (DCM 113683). Included from CID 4052."""

ACRAccreditationPhantomMammography: Final[Code] = Code(
    "DCM", "113684", "ACR Accreditation Phantom - Mammography", (4052,)
)
"""ACR Accreditation Phantom - Mammography (DCM 113684). Included from CID 4052."""

ACRAccreditationPhantomStereotacticBreastBiopsy: Final[Code] = Code(
    "DCM", "113685", "ACR Accreditation Phantom - Stereotactic Breast Biopsy", (4052,)
)
"""ACR Accreditation Phantom - Stereotactic Breast Biopsy (DCM 113685). Included from CID 4052."""

ACRAccreditationPhantomECT: Final[Code] = Code(
    "DCM", "113686", "ACR Accreditation Phantom - ECT", (4052,)
)
"""ACR Accreditation Phantom - ECT (DCM 113686). Included from CID 4052."""

ACRAccreditationPhantomPET: Final[Code] = Code(
    "DCM", "113687", "ACR Accreditation Phantom - PET", (4052,)
)
"""ACR Accreditation Phantom - PET (DCM 113687). Included from CID 4052."""

ACRAccreditationPhantomECTPET: Final[Code] = Code(
    "DCM", "113688", "ACR Accreditation Phantom - ECT/PET", (4052,)
)
"""ACR Accreditation Phantom - ECT/PET (DCM 113688). Included from CID 4052."""

ACRAccreditationPhantomPETFaceplate: Final[Code] = Code(
    "DCM", "113689", "ACR Accreditation Phantom - PET Faceplate", (4052,)
)
"""ACR Accreditation Phantom - PET Faceplate (DCM 113689). Included from CID 4052."""

IECHeadDosimetryPhantom: Final[Code] = Code("DCM", "113690", "IEC Head Dosimetry Phantom", (4052,))
"""IEC Head Dosimetry Phantom (DCM 113690). Included from CID 4052."""

IECBodyDosimetryPhantom: Final[Code] = Code("DCM", "113691", "IEC Body Dosimetry Phantom", (4052,))
"""IEC Body Dosimetry Phantom (DCM 113691). Included from CID 4052."""

NEMAXR212000Phantom: Final[Code] = Code("DCM", "113692", "NEMA XR21-2000 Phantom", (4052,))
"""NEMA XR21-2000 Phantom (DCM 113692). Included from CID 4052."""

_10cmDosimetryPhantom: Final[Code] = Code("DCM", "130541", "10 cm Dosimetry Phantom", (4052,))
"""10 cm Dosimetry Phantom (DCM 130541). Included from CID 4052."""

MEMBERS: Final[tuple[Code, ...]] = (
    Syringe,
    Stent,
    Catheter,
    Laser,
    Glue,
    AtherectomyDevice,
    EmbolizationBall,
    PercutaneousTransluminalAngioplastyBalloon,
    EmbolizationCoil,
    DetachableBalloon,
    GuidingCatheter,
    EmbolizationParticulate,
    RotationalAtherectomyDevice,
    MeasuringRuler,
    Sphere,
    Phantom,
    ACRAccreditationPhantomCT,
    ACRAccreditationPhantomMR,
    ACRAccreditationPhantomMammography,
    ACRAccreditationPhantomStereotacticBreastBiopsy,
    ACRAccreditationPhantomECT,
    ACRAccreditationPhantomPET,
    ACRAccreditationPhantomECTPET,
    ACRAccreditationPhantomPETFaceplate,
    IECHeadDosimetryPhantom,
    IECBodyDosimetryPhantom,
    NEMAXR212000Phantom,
    _10cmDosimetryPhantom,
)
"""The resolved membership: own members, then those of the included groups, in order."""
