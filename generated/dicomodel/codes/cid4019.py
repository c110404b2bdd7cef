"""CID 4019 Primary Anatomic Structure for Intra-oral Radiography (Deciduous Dentition - Designation of Teeth).

Non-extensible, version 20230119, UID 1.2.840.10008.6.1.303.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4019
NAME: _Final[str] = (
    "Primary Anatomic Structure for Intra-oral Radiography (Deciduous Dentition - Designation of Teeth)"
)
KEYWORD: _Final[str | None] = (
    "PrimaryAnatomicStructureForIntraoralRadiographyDeciduousDentitionDesignationOfTeeth"
)
UID: _Final[str | None] = "1.2.840.10008.6.1.303"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20230119"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DeciduousMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "88824007", "Deciduous maxillary right central incisor tooth", (4019,)
)
"""Deciduous maxillary right central incisor tooth (SCT 88824007)."""

DeciduousMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "65624003", "Deciduous maxillary right lateral incisor tooth", (4019,)
)
"""Deciduous maxillary right lateral incisor tooth (SCT 65624003)."""

DeciduousMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "30618001", "Deciduous maxillary right canine tooth", (4019,)
)
"""Deciduous maxillary right canine tooth (SCT 30618001)."""

DeciduousMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "17505006", "Deciduous maxillary right first molar tooth", (4019,)
)
"""Deciduous maxillary right first molar tooth (SCT 17505006)."""

DeciduousMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "27855007", "Deciduous maxillary right second molar tooth", (4019,)
)
"""Deciduous maxillary right second molar tooth (SCT 27855007)."""

DeciduousMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "51678005", "Deciduous maxillary left central incisor tooth", (4019,)
)
"""Deciduous maxillary left central incisor tooth (SCT 51678005)."""

DeciduousMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "43622005", "Deciduous maxillary left lateral incisor tooth", (4019,)
)
"""Deciduous maxillary left lateral incisor tooth (SCT 43622005)."""

DeciduousMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "73937000", "Deciduous maxillary left canine tooth", (4019,)
)
"""Deciduous maxillary left canine tooth (SCT 73937000)."""

DeciduousMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "45234009", "Deciduous maxillary left first molar tooth", (4019,)
)
"""Deciduous maxillary left first molar tooth (SCT 45234009)."""

DeciduousMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "51943008", "Deciduous maxillary left second molar tooth", (4019,)
)
"""Deciduous maxillary left second molar tooth (SCT 51943008)."""

DeciduousMandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "89552004", "Deciduous mandibular left central incisor tooth", (4019,)
)
"""Deciduous mandibular left central incisor tooth (SCT 89552004)."""

DeciduousMandibularLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "14770005", "Deciduous mandibular left lateral incisor tooth", (4019,)
)
"""Deciduous mandibular left lateral incisor tooth (SCT 14770005)."""

DeciduousMandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "43281008", "Deciduous mandibular left canine tooth", (4019,)
)
"""Deciduous mandibular left canine tooth (SCT 43281008)."""

DeciduousMandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "38896004", "Deciduous mandibular left first molar tooth", (4019,)
)
"""Deciduous mandibular left first molar tooth (SCT 38896004)."""

DeciduousMandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "49330006", "Deciduous mandibular left second molar tooth", (4019,)
)
"""Deciduous mandibular left second molar tooth (SCT 49330006)."""

DeciduousMandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "67834006", "Deciduous mandibular right central incisor tooth", (4019,)
)
"""Deciduous mandibular right central incisor tooth (SCT 67834006)."""

DeciduousMandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "22445006", "Deciduous mandibular right lateral incisor tooth", (4019,)
)
"""Deciduous mandibular right lateral incisor tooth (SCT 22445006)."""

DeciduousMandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "6062009", "Deciduous mandibular right canine tooth", (4019,)
)
"""Deciduous mandibular right canine tooth (SCT 6062009)."""

DeciduousMandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "58646007", "Deciduous mandibular right first molar tooth", (4019,)
)
"""Deciduous mandibular right first molar tooth (SCT 58646007)."""

DeciduousMandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "61868007", "Deciduous mandibular right second molar tooth", (4019,)
)
"""Deciduous mandibular right second molar tooth (SCT 61868007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DeciduousMaxillaryRightCentralIncisorTooth,
    DeciduousMaxillaryRightLateralIncisorTooth,
    DeciduousMaxillaryRightCanineTooth,
    DeciduousMaxillaryRightFirstMolarTooth,
    DeciduousMaxillaryRightSecondMolarTooth,
    DeciduousMaxillaryLeftCentralIncisorTooth,
    DeciduousMaxillaryLeftLateralIncisorTooth,
    DeciduousMaxillaryLeftCanineTooth,
    DeciduousMaxillaryLeftFirstMolarTooth,
    DeciduousMaxillaryLeftSecondMolarTooth,
    DeciduousMandibularLeftCentralIncisorTooth,
    DeciduousMandibularLeftLateralIncisorTooth,
    DeciduousMandibularLeftCanineTooth,
    DeciduousMandibularLeftFirstMolarTooth,
    DeciduousMandibularLeftSecondMolarTooth,
    DeciduousMandibularRightCentralIncisorTooth,
    DeciduousMandibularRightLateralIncisorTooth,
    DeciduousMandibularRightCanineTooth,
    DeciduousMandibularRightFirstMolarTooth,
    DeciduousMandibularRightSecondMolarTooth,
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
