"""CID 4052 Phantom Device.

Extensible, version 20221224, UID 1.2.840.10008.6.1.315.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4052
NAME: _Final[str] = "Phantom Device"
KEYWORD: _Final[str | None] = "PhantomDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.315"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221224"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Phantom: _Final[_Code] = _Code("SCT", "706342009", "Phantom", (4031, 4052, 7710, 10060))
"""Phantom (SCT 706342009)."""

ACRAccreditationPhantomCT: _Final[_Code] = _Code(
    "DCM", "113682", "ACR Accreditation Phantom - CT", (4052,)
)
"""ACR Accreditation Phantom - CT (DCM 113682)."""

ACRAccreditationPhantomMR: _Final[_Code] = _Code(
    "DCM", "113683", "ACR Accreditation Phantom - MR", (4052,)
)
"""ACR Accreditation Phantom - MR (DCM 113683)."""

ACRAccreditationPhantomMammography: _Final[_Code] = _Code(
    "DCM", "113684", "ACR Accreditation Phantom - Mammography", (4052,)
)
"""ACR Accreditation Phantom - Mammography (DCM 113684)."""

ACRAccreditationPhantomStereotacticBreastBiopsy: _Final[_Code] = _Code(
    "DCM", "113685", "ACR Accreditation Phantom - Stereotactic Breast Biopsy", (4052,)
)
"""ACR Accreditation Phantom - Stereotactic Breast Biopsy (DCM 113685)."""

ACRAccreditationPhantomECT: _Final[_Code] = _Code(
    "DCM", "113686", "ACR Accreditation Phantom - ECT", (4052,)
)
"""ACR Accreditation Phantom - ECT (DCM 113686)."""

ACRAccreditationPhantomPET: _Final[_Code] = _Code(
    "DCM", "113687", "ACR Accreditation Phantom - PET", (4052,)
)
"""ACR Accreditation Phantom - PET (DCM 113687)."""

ACRAccreditationPhantomECTPET: _Final[_Code] = _Code(
    "DCM", "113688", "ACR Accreditation Phantom - ECT/PET", (4052,)
)
"""ACR Accreditation Phantom - ECT/PET (DCM 113688)."""

ACRAccreditationPhantomPETFaceplate: _Final[_Code] = _Code(
    "DCM", "113689", "ACR Accreditation Phantom - PET Faceplate", (4052,)
)
"""ACR Accreditation Phantom - PET Faceplate (DCM 113689)."""

IECHeadDosimetryPhantom: _Final[_Code] = _Code(
    "DCM", "113690", "IEC Head Dosimetry Phantom", (4052,)
)
"""IEC Head Dosimetry Phantom (DCM 113690)."""

IECBodyDosimetryPhantom: _Final[_Code] = _Code(
    "DCM", "113691", "IEC Body Dosimetry Phantom", (4052,)
)
"""IEC Body Dosimetry Phantom (DCM 113691)."""

NEMAXR212000Phantom: _Final[_Code] = _Code("DCM", "113692", "NEMA XR21-2000 Phantom", (4052,))
"""NEMA XR21-2000 Phantom (DCM 113692)."""

V10cmDosimetryPhantom: _Final[_Code] = _Code("DCM", "130541", "10 cm Dosimetry Phantom", (4052,))
"""10 cm Dosimetry Phantom (DCM 130541)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_10cmDosimetryPhantom: _Final[_Code] = V10cmDosimetryPhantom

MEMBERS: _Final[tuple[_Code, ...]] = (
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
