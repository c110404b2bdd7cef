"""CID 4051 General Device.

Extensible, version 20160525, UID 1.2.840.10008.6.1.314.
Includes CID 8, CID 3451, CID 4052.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4051
NAME: _Final[str] = "General Device"
KEYWORD: _Final[str | None] = "GeneralDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.314"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160525"
INCLUDES: _Final[tuple[int, ...]] = (8, 3451, 4052)
EXTERNAL_SCHEME: _Final[str | None] = None

Syringe: _Final[_Code] = _Code("SCT", "61968008", "Syringe", (69, 4051))
"""Syringe (SCT 61968008)."""

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007). Included from CID 8."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001). Included from CID 8."""

Laser: _Final[_Code] = _Code("SCT", "38586004", "Laser", (8, 3411))
"""Laser (SCT 38586004). Included from CID 8."""

Glue: _Final[_Code] = _Code("SCT", "57126000", "Glue", (8,))
"""Glue (SCT 57126000). Included from CID 8."""

AtherectomyDevice: _Final[_Code] = _Code("SCT", "102312002", "Atherectomy device", (8,))
"""Atherectomy device (SCT 102312002). Included from CID 8."""

EmbolizationBall: _Final[_Code] = _Code("SCT", "102315000", "Embolization ball", (8,))
"""Embolization ball (SCT 102315000). Included from CID 8."""

PercutaneousTransluminalAngioplastyBalloon: _Final[_Code] = _Code(
    "SCT", "102319006", "Percutaneous transluminal angioplasty balloon", (8, 3411)
)
"""Percutaneous transluminal angioplasty balloon (SCT 102319006). Included from CID 8."""

EmbolizationCoil: _Final[_Code] = _Code("SCT", "102314001", "Embolization coil", (8,))
"""Embolization coil (SCT 102314001). Included from CID 8."""

DetachableBalloon: _Final[_Code] = _Code("SCT", "102320000", "Detachable balloon", (8,))
"""Detachable balloon (SCT 102320000). Included from CID 8."""

GuidingCatheter: _Final[_Code] = _Code("SCT", "102317008", "Guiding catheter", (8, 3411))
"""Guiding catheter (SCT 102317008). Included from CID 8."""

EmbolizationParticulate: _Final[_Code] = _Code("SCT", "102316004", "Embolization particulate", (8,))
"""Embolization particulate (SCT 102316004). Included from CID 8."""

RotationalAtherectomyDevice: _Final[_Code] = _Code(
    "SCT", "102313007", "Rotational atherectomy device", (8, 3411)
)
"""Rotational atherectomy device (SCT 102313007). Included from CID 8."""

MeasuringRuler: _Final[_Code] = _Code("SCT", "102304005", "Measuring ruler", (8, 3451))
"""Measuring ruler (SCT 102304005). Included from CID 8."""

Sphere: _Final[_Code] = _Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485). Included from CID 8."""

Phantom: _Final[_Code] = _Code("SCT", "706342009", "Phantom", (4031, 4052, 7710, 10060))
"""Phantom (SCT 706342009). Included from CID 4052."""

ACRAccreditationPhantomCT: _Final[_Code] = _Code(
    "DCM", "113682", "ACR Accreditation Phantom - CT", (4052,)
)
"""ACR Accreditation Phantom - CT (DCM 113682). Included from CID 4052."""

ACRAccreditationPhantomMR: _Final[_Code] = _Code(
    "DCM", "113683", "ACR Accreditation Phantom - MR", (4052,)
)
"""ACR Accreditation Phantom - MR (DCM 113683). Included from CID 4052."""

ACRAccreditationPhantomMammography: _Final[_Code] = _Code(
    "DCM", "113684", "ACR Accreditation Phantom - Mammography", (4052,)
)
"""ACR Accreditation Phantom - Mammography (DCM 113684). Included from CID 4052."""

ACRAccreditationPhantomStereotacticBreastBiopsy: _Final[_Code] = _Code(
    "DCM", "113685", "ACR Accreditation Phantom - Stereotactic Breast Biopsy", (4052,)
)
"""ACR Accreditation Phantom - Stereotactic Breast Biopsy (DCM 113685). Included from CID 4052."""

ACRAccreditationPhantomECT: _Final[_Code] = _Code(
    "DCM", "113686", "ACR Accreditation Phantom - ECT", (4052,)
)
"""ACR Accreditation Phantom - ECT (DCM 113686). Included from CID 4052."""

ACRAccreditationPhantomPET: _Final[_Code] = _Code(
    "DCM", "113687", "ACR Accreditation Phantom - PET", (4052,)
)
"""ACR Accreditation Phantom - PET (DCM 113687). Included from CID 4052."""

ACRAccreditationPhantomECTPET: _Final[_Code] = _Code(
    "DCM", "113688", "ACR Accreditation Phantom - ECT/PET", (4052,)
)
"""ACR Accreditation Phantom - ECT/PET (DCM 113688). Included from CID 4052."""

ACRAccreditationPhantomPETFaceplate: _Final[_Code] = _Code(
    "DCM", "113689", "ACR Accreditation Phantom - PET Faceplate", (4052,)
)
"""ACR Accreditation Phantom - PET Faceplate (DCM 113689). Included from CID 4052."""

IECHeadDosimetryPhantom: _Final[_Code] = _Code(
    "DCM", "113690", "IEC Head Dosimetry Phantom", (4052,)
)
"""IEC Head Dosimetry Phantom (DCM 113690). Included from CID 4052."""

IECBodyDosimetryPhantom: _Final[_Code] = _Code(
    "DCM", "113691", "IEC Body Dosimetry Phantom", (4052,)
)
"""IEC Body Dosimetry Phantom (DCM 113691). Included from CID 4052."""

NEMAXR212000Phantom: _Final[_Code] = _Code("DCM", "113692", "NEMA XR21-2000 Phantom", (4052,))
"""NEMA XR21-2000 Phantom (DCM 113692). Included from CID 4052."""

V10cmDosimetryPhantom: _Final[_Code] = _Code("DCM", "130541", "10 cm Dosimetry Phantom", (4052,))
"""10 cm Dosimetry Phantom (DCM 130541). Included from CID 4052."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_10cmDosimetryPhantom: _Final[_Code] = V10cmDosimetryPhantom

MEMBERS: _Final[tuple[_Code, ...]] = (
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
    V10cmDosimetryPhantom,
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
