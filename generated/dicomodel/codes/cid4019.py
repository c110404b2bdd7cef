"""CID 4019 Primary Anatomic Structure for Intra-oral Radiography (Deciduous Dentition - Designation of Teeth).

Non-extensible, version 20230119, UID 1.2.840.10008.6.1.303.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4019
NAME: Final[str] = (
    "Primary Anatomic Structure for Intra-oral Radiography (Deciduous Dentition - Designation of Teeth)"
)
KEYWORD: Final[str | None] = (
    "PrimaryAnatomicStructureForIntraoralRadiographyDeciduousDentitionDesignationOfTeeth"
)
UID: Final[str | None] = "1.2.840.10008.6.1.303"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20230119"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DeciduousMaxillaryRightCentralIncisorTooth: Final[Code] = Code(
    "SCT", "88824007", "Deciduous maxillary right central incisor tooth", (4019,)
)
"""Deciduous maxillary right central incisor tooth (SCT 88824007)."""

DeciduousMaxillaryRightLateralIncisorTooth: Final[Code] = Code(
    "SCT", "65624003", "Deciduous maxillary right lateral incisor tooth", (4019,)
)
"""Deciduous maxillary right lateral incisor tooth (SCT 65624003)."""

DeciduousMaxillaryRightCanineTooth: Final[Code] = Code(
    "SCT", "30618001", "Deciduous maxillary right canine tooth", (4019,)
)
"""Deciduous maxillary right canine tooth (SCT 30618001)."""

DeciduousMaxillaryRightFirstMolarTooth: Final[Code] = Code(
    "SCT", "17505006", "Deciduous maxillary right first molar tooth", (4019,)
)
"""Deciduous maxillary right first molar tooth (SCT 17505006)."""

DeciduousMaxillaryRightSecondMolarTooth: Final[Code] = Code(
    "SCT", "27855007", "Deciduous maxillary right second molar tooth", (4019,)
)
"""Deciduous maxillary right second molar tooth (SCT 27855007)."""

DeciduousMaxillaryLeftCentralIncisorTooth: Final[Code] = Code(
    "SCT", "51678005", "Deciduous maxillary left central incisor tooth", (4019,)
)
"""Deciduous maxillary left central incisor tooth (SCT 51678005)."""

DeciduousMaxillaryLeftLateralIncisorTooth: Final[Code] = Code(
    "SCT", "43622005", "Deciduous maxillary left lateral incisor tooth", (4019,)
)
"""Deciduous maxillary left lateral incisor tooth (SCT 43622005)."""

DeciduousMaxillaryLeftCanineTooth: Final[Code] = Code(
    "SCT", "73937000", "Deciduous maxillary left canine tooth", (4019,)
)
"""Deciduous maxillary left canine tooth (SCT 73937000)."""

DeciduousMaxillaryLeftFirstMolarTooth: Final[Code] = Code(
    "SCT", "45234009", "Deciduous maxillary left first molar tooth", (4019,)
)
"""Deciduous maxillary left first molar tooth (SCT 45234009)."""

DeciduousMaxillaryLeftSecondMolarTooth: Final[Code] = Code(
    "SCT", "51943008", "Deciduous maxillary left second molar tooth", (4019,)
)
"""Deciduous maxillary left second molar tooth (SCT 51943008)."""

DeciduousMandibularLeftCentralIncisorTooth: Final[Code] = Code(
    "SCT", "89552004", "Deciduous mandibular left central incisor tooth", (4019,)
)
"""Deciduous mandibular left central incisor tooth (SCT 89552004)."""

DeciduousMandibularLeftLateralIncisorTooth: Final[Code] = Code(
    "SCT", "14770005", "Deciduous mandibular left lateral incisor tooth", (4019,)
)
"""Deciduous mandibular left lateral incisor tooth (SCT 14770005)."""

DeciduousMandibularLeftCanineTooth: Final[Code] = Code(
    "SCT", "43281008", "Deciduous mandibular left canine tooth", (4019,)
)
"""Deciduous mandibular left canine tooth (SCT 43281008)."""

DeciduousMandibularLeftFirstMolarTooth: Final[Code] = Code(
    "SCT", "38896004", "Deciduous mandibular left first molar tooth", (4019,)
)
"""Deciduous mandibular left first molar tooth (SCT 38896004)."""

DeciduousMandibularLeftSecondMolarTooth: Final[Code] = Code(
    "SCT", "49330006", "Deciduous mandibular left second molar tooth", (4019,)
)
"""Deciduous mandibular left second molar tooth (SCT 49330006)."""

DeciduousMandibularRightCentralIncisorTooth: Final[Code] = Code(
    "SCT", "67834006", "Deciduous mandibular right central incisor tooth", (4019,)
)
"""Deciduous mandibular right central incisor tooth (SCT 67834006)."""

DeciduousMandibularRightLateralIncisorTooth: Final[Code] = Code(
    "SCT", "22445006", "Deciduous mandibular right lateral incisor tooth", (4019,)
)
"""Deciduous mandibular right lateral incisor tooth (SCT 22445006)."""

DeciduousMandibularRightCanineTooth: Final[Code] = Code(
    "SCT", "6062009", "Deciduous mandibular right canine tooth", (4019,)
)
"""Deciduous mandibular right canine tooth (SCT 6062009)."""

DeciduousMandibularRightFirstMolarTooth: Final[Code] = Code(
    "SCT", "58646007", "Deciduous mandibular right first molar tooth", (4019,)
)
"""Deciduous mandibular right first molar tooth (SCT 58646007)."""

DeciduousMandibularRightSecondMolarTooth: Final[Code] = Code(
    "SCT", "61868007", "Deciduous mandibular right second molar tooth", (4019,)
)
"""Deciduous mandibular right second molar tooth (SCT 61868007)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
