"""CID 4018 Primary Anatomic Structure for Intra-oral Radiography (Permanent Dentition - Designation of Teeth).

Non-extensible, version 20220922, UID 1.2.840.10008.6.1.302.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4018
NAME: Final[str] = (
    "Primary Anatomic Structure for Intra-oral Radiography (Permanent Dentition - Designation of Teeth)"
)
KEYWORD: Final[str | None] = (
    "PrimaryAnatomicStructureForIntraoralRadiographyPermanentDentitionDesignationOfTeeth"
)
UID: Final[str | None] = "1.2.840.10008.6.1.302"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PermanentMaxillaryRightThirdMolarTooth: Final[Code] = Code(
    "SCT", "68085002", "Permanent maxillary right third molar tooth", (4018,)
)
"""Permanent maxillary right third molar tooth (SCT 68085002)."""

PermanentMaxillaryRightSecondMolarTooth: Final[Code] = Code(
    "SCT", "863902006", "Permanent maxillary right second molar tooth", (4018,)
)
"""Permanent maxillary right second molar tooth (SCT 863902006)."""

PermanentMaxillaryRightFirstMolarTooth: Final[Code] = Code(
    "SCT", "865995000", "Permanent maxillary right first molar tooth", (4018,)
)
"""Permanent maxillary right first molar tooth (SCT 865995000)."""

PermanentMaxillaryRightSecondPremolarTooth: Final[Code] = Code(
    "SCT", "36492000", "Permanent maxillary right second premolar tooth", (4018,)
)
"""Permanent maxillary right second premolar tooth (SCT 36492000)."""

PermanentMaxillaryRightFirstPremolarTooth: Final[Code] = Code(
    "SCT", "57826002", "Permanent maxillary right first premolar tooth", (4018,)
)
"""Permanent maxillary right first premolar tooth (SCT 57826002)."""

PermanentMaxillaryRightCanineTooth: Final[Code] = Code(
    "SCT", "860767006", "Permanent maxillary right canine tooth", (4018,)
)
"""Permanent maxillary right canine tooth (SCT 860767006)."""

PermanentMaxillaryRightLateralIncisorTooth: Final[Code] = Code(
    "SCT", "424877001", "Permanent maxillary right lateral incisor tooth", (4018,)
)
"""Permanent maxillary right lateral incisor tooth (SCT 424877001)."""

PermanentMaxillaryRightCentralIncisorTooth: Final[Code] = Code(
    "SCT", "422653006", "Permanent maxillary right central incisor tooth", (4018,)
)
"""Permanent maxillary right central incisor tooth (SCT 422653006)."""

PermanentMaxillaryLeftCentralIncisorTooth: Final[Code] = Code(
    "SCT", "424399000", "Permanent maxillary left central incisor tooth", (4018,)
)
"""Permanent maxillary left central incisor tooth (SCT 424399000)."""

PermanentMaxillaryLeftLateralIncisorTooth: Final[Code] = Code(
    "SCT", "423185002", "Permanent maxillary left lateral incisor tooth", (4018,)
)
"""Permanent maxillary left lateral incisor tooth (SCT 423185002)."""

PermanentMaxillaryLeftCanineTooth: Final[Code] = Code(
    "SCT", "860780009", "Permanent maxillary left canine tooth", (4018,)
)
"""Permanent maxillary left canine tooth (SCT 860780009)."""

PermanentMaxillaryLeftFirstPremolarTooth: Final[Code] = Code(
    "SCT", "61897005", "Permanent maxillary left first premolar tooth", (4018,)
)
"""Permanent maxillary left first premolar tooth (SCT 61897005)."""

PermanentMaxillaryLeftSecondPremolarTooth: Final[Code] = Code(
    "SCT", "23226009", "Permanent maxillary left second premolar tooth", (4018,)
)
"""Permanent maxillary left second premolar tooth (SCT 23226009)."""

PermanentMaxillaryLeftFirstMolarTooth: Final[Code] = Code(
    "SCT", "865988009", "Permanent maxillary left first molar tooth", (4018,)
)
"""Permanent maxillary left first molar tooth (SCT 865988009)."""

PermanentMaxillaryLeftSecondMolarTooth: Final[Code] = Code(
    "SCT", "863901004", "Permanent maxillary left second molar tooth", (4018,)
)
"""Permanent maxillary left second molar tooth (SCT 863901004)."""

PermanentMaxillaryLeftThirdMolarTooth: Final[Code] = Code(
    "SCT", "87704003", "Permanent maxillary left third molar tooth", (4018,)
)
"""Permanent maxillary left third molar tooth (SCT 87704003)."""

MandibularLeftThirdMolarTooth: Final[Code] = Code(
    "SCT", "74344005", "Mandibular left third molar tooth", (4018,)
)
"""Mandibular left third molar tooth (SCT 74344005)."""

MandibularLeftSecondMolarTooth: Final[Code] = Code(
    "SCT", "863898000", "Mandibular left second molar tooth", (4018,)
)
"""Mandibular left second molar tooth (SCT 863898000)."""

MandibularLeftFirstMolarTooth: Final[Code] = Code(
    "SCT", "866006002", "Mandibular left first molar tooth", (4018,)
)
"""Mandibular left first molar tooth (SCT 866006002)."""

MandibularLeftSecondPremolarTooth: Final[Code] = Code(
    "SCT", "24573005", "Mandibular left second premolar tooth", (4018,)
)
"""Mandibular left second premolar tooth (SCT 24573005)."""

MandibularLeftFirstPremolarTooth: Final[Code] = Code(
    "SCT", "2400006", "Mandibular left first premolar tooth", (4018,)
)
"""Mandibular left first premolar tooth (SCT 2400006)."""

MandibularLeftCanineTooth: Final[Code] = Code(
    "SCT", "860782001", "Mandibular left canine tooth", (4018,)
)
"""Mandibular left canine tooth (SCT 860782001)."""

MandibularLeftLateralTooth: Final[Code] = Code(
    "SCT", "423331005", "Mandibular left lateral tooth", (4018,)
)
"""Mandibular left lateral tooth (SCT 423331005)."""

MandibularLeftCentralIncisorTooth: Final[Code] = Code(
    "SCT", "425106001", "Mandibular left central incisor tooth", (4018,)
)
"""Mandibular left central incisor tooth (SCT 425106001)."""

MandibularRightCentralIncisorTooth: Final[Code] = Code(
    "SCT", "424575004", "Mandibular right central incisor tooth", (4018,)
)
"""Mandibular right central incisor tooth (SCT 424575004)."""

MandibularRightLateralIncisorTooth: Final[Code] = Code(
    "SCT", "423937004", "Mandibular right lateral incisor tooth", (4018,)
)
"""Mandibular right lateral incisor tooth (SCT 423937004)."""

MandibularRightCanineTooth: Final[Code] = Code(
    "SCT", "860785004", "Mandibular right canine tooth", (4018,)
)
"""Mandibular right canine tooth (SCT 860785004)."""

MandibularRightFirstPremolarTooth: Final[Code] = Code(
    "SCT", "80140008", "Mandibular right first premolar tooth", (4018,)
)
"""Mandibular right first premolar tooth (SCT 80140008)."""

MandibularRightSecondPremolarTooth: Final[Code] = Code(
    "SCT", "8873007", "Mandibular right second premolar tooth", (4018,)
)
"""Mandibular right second premolar tooth (SCT 8873007)."""

MandibularRightFirstMolarTooth: Final[Code] = Code(
    "SCT", "866005003", "Mandibular right first molar tooth", (4018,)
)
"""Mandibular right first molar tooth (SCT 866005003)."""

MandibularRightSecondMolarTooth: Final[Code] = Code(
    "SCT", "863899008", "Mandibular right second molar tooth", (4018,)
)
"""Mandibular right second molar tooth (SCT 863899008)."""

MandibularRightThirdMolarTooth: Final[Code] = Code(
    "SCT", "38994002", "Mandibular right third molar tooth", (4018,)
)
"""Mandibular right third molar tooth (SCT 38994002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PermanentMaxillaryRightThirdMolarTooth,
    PermanentMaxillaryRightSecondMolarTooth,
    PermanentMaxillaryRightFirstMolarTooth,
    PermanentMaxillaryRightSecondPremolarTooth,
    PermanentMaxillaryRightFirstPremolarTooth,
    PermanentMaxillaryRightCanineTooth,
    PermanentMaxillaryRightLateralIncisorTooth,
    PermanentMaxillaryRightCentralIncisorTooth,
    PermanentMaxillaryLeftCentralIncisorTooth,
    PermanentMaxillaryLeftLateralIncisorTooth,
    PermanentMaxillaryLeftCanineTooth,
    PermanentMaxillaryLeftFirstPremolarTooth,
    PermanentMaxillaryLeftSecondPremolarTooth,
    PermanentMaxillaryLeftFirstMolarTooth,
    PermanentMaxillaryLeftSecondMolarTooth,
    PermanentMaxillaryLeftThirdMolarTooth,
    MandibularLeftThirdMolarTooth,
    MandibularLeftSecondMolarTooth,
    MandibularLeftFirstMolarTooth,
    MandibularLeftSecondPremolarTooth,
    MandibularLeftFirstPremolarTooth,
    MandibularLeftCanineTooth,
    MandibularLeftLateralTooth,
    MandibularLeftCentralIncisorTooth,
    MandibularRightCentralIncisorTooth,
    MandibularRightLateralIncisorTooth,
    MandibularRightCanineTooth,
    MandibularRightFirstPremolarTooth,
    MandibularRightSecondPremolarTooth,
    MandibularRightFirstMolarTooth,
    MandibularRightSecondMolarTooth,
    MandibularRightThirdMolarTooth,
)
"""The resolved membership: own members, then those of the included groups, in order."""
