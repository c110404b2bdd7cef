"""CID 6326 Image Quality Control Standard.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1383.
Includes CID 6353, CID 6045.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6326
NAME: _Final[str] = "Image Quality Control Standard"
KEYWORD: _Final[str | None] = "ImageQualityControlStandard"
UID: _Final[str | None] = "1.2.840.10008.6.1.1383"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = (6353, 6045)
EXTERNAL_SCHEME: _Final[str | None] = None

InstitutionallyDefinedQualityControlStandard: _Final[_Code] = _Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

ESUR2012ProstateMRIAcquisitionRequirements: _Final[_Code] = _Code(
    "DCM", "130606", "ESUR 2012 prostate MRI acquisition requirements", (6353,)
)
"""ESUR 2012 prostate MRI acquisition requirements (DCM 130606). Included from CID 6353."""

PIRADS2Point0ProstateMRIAcquisitionRequirements: _Final[_Code] = _Code(
    "DCM", "130607", "PI-RADS 2.0 prostate MRI acquisition requirements", (6353,)
)
"""PI-RADS 2.0 prostate MRI acquisition requirements (DCM 130607). Included from CID 6353."""

PIRADS2Point1ProstateMRIAcquisitionRequirements: _Final[_Code] = _Code(
    "DCM", "130608", "PI-RADS 2.1 prostate MRI acquisition requirements", (6353,)
)
"""PI-RADS 2.1 prostate MRI acquisition requirements (DCM 130608). Included from CID 6353."""

MammographyQualityControlManual1999ACR: _Final[_Code] = _Code(
    "DCM", "111238", "Mammography Quality Control Manual 1999, ACR", (6045,)
)
"""Mammography Quality Control Manual 1999, ACR (DCM 111238). Included from CID 6045."""

Title21CFRSection900SubpartB: _Final[_Code] = _Code(
    "DCM", "111239", "Title 21 CFR Section 900, Subpart B", (6045,)
)
"""Title 21 CFR Section 900, Subpart B (DCM 111239). Included from CID 6045."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InstitutionallyDefinedQualityControlStandard,
    ESUR2012ProstateMRIAcquisitionRequirements,
    PIRADS2Point0ProstateMRIAcquisitionRequirements,
    PIRADS2Point1ProstateMRIAcquisitionRequirements,
    MammographyQualityControlManual1999ACR,
    Title21CFRSection900SubpartB,
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
