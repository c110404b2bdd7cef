"""CID 6045 Mammography Quality Control Standard Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.375.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6045
NAME: _Final[str] = "Mammography Quality Control Standard Type"
KEYWORD: _Final[str | None] = "MammographyQualityControlStandardType"
UID: _Final[str | None] = "1.2.840.10008.6.1.375"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MammographyQualityControlManual1999ACR: _Final[_Code] = _Code(
    "DCM", "111238", "Mammography Quality Control Manual 1999, ACR", (6045,)
)
"""Mammography Quality Control Manual 1999, ACR (DCM 111238)."""

Title21CFRSection900SubpartB: _Final[_Code] = _Code(
    "DCM", "111239", "Title 21 CFR Section 900, Subpart B", (6045,)
)
"""Title 21 CFR Section 900, Subpart B (DCM 111239)."""

InstitutionallyDefinedQualityControlStandard: _Final[_Code] = _Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MammographyQualityControlManual1999ACR,
    Title21CFRSection900SubpartB,
    InstitutionallyDefinedQualityControlStandard,
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
