"""CID 4018 Primary Anatomic Structure for Intra-oral Radiography (Permanent Dentition - Designation of Teeth).

Non-extensible, version 20220922, UID 1.2.840.10008.6.1.302.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4018
NAME: _Final[str] = (
    "Primary Anatomic Structure for Intra-oral Radiography (Permanent Dentition - Designation of Teeth)"
)
KEYWORD: _Final[str | None] = (
    "PrimaryAnatomicStructureForIntraoralRadiographyPermanentDentitionDesignationOfTeeth"
)
UID: _Final[str | None] = "1.2.840.10008.6.1.302"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PermanentMaxillaryRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "68085002", "Permanent maxillary right third molar tooth", (4018,)
)
"""Permanent maxillary right third molar tooth (SCT 68085002)."""

PermanentMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863902006", "Permanent maxillary right second molar tooth", (4018,)
)
"""Permanent maxillary right second molar tooth (SCT 863902006)."""

PermanentMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "865995000", "Permanent maxillary right first molar tooth", (4018,)
)
"""Permanent maxillary right first molar tooth (SCT 865995000)."""

PermanentMaxillaryRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "36492000", "Permanent maxillary right second premolar tooth", (4018,)
)
"""Permanent maxillary right second premolar tooth (SCT 36492000)."""

PermanentMaxillaryRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "57826002", "Permanent maxillary right first premolar tooth", (4018,)
)
"""Permanent maxillary right first premolar tooth (SCT 57826002)."""

PermanentMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "860767006", "Permanent maxillary right canine tooth", (4018,)
)
"""Permanent maxillary right canine tooth (SCT 860767006)."""

PermanentMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "424877001", "Permanent maxillary right lateral incisor tooth", (4018,)
)
"""Permanent maxillary right lateral incisor tooth (SCT 424877001)."""

PermanentMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "422653006", "Permanent maxillary right central incisor tooth", (4018,)
)
"""Permanent maxillary right central incisor tooth (SCT 422653006)."""

PermanentMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "424399000", "Permanent maxillary left central incisor tooth", (4018,)
)
"""Permanent maxillary left central incisor tooth (SCT 424399000)."""

PermanentMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "423185002", "Permanent maxillary left lateral incisor tooth", (4018,)
)
"""Permanent maxillary left lateral incisor tooth (SCT 423185002)."""

PermanentMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "860780009", "Permanent maxillary left canine tooth", (4018,)
)
"""Permanent maxillary left canine tooth (SCT 860780009)."""

PermanentMaxillaryLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "61897005", "Permanent maxillary left first premolar tooth", (4018,)
)
"""Permanent maxillary left first premolar tooth (SCT 61897005)."""

PermanentMaxillaryLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "23226009", "Permanent maxillary left second premolar tooth", (4018,)
)
"""Permanent maxillary left second premolar tooth (SCT 23226009)."""

PermanentMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "865988009", "Permanent maxillary left first molar tooth", (4018,)
)
"""Permanent maxillary left first molar tooth (SCT 865988009)."""

PermanentMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863901004", "Permanent maxillary left second molar tooth", (4018,)
)
"""Permanent maxillary left second molar tooth (SCT 863901004)."""

PermanentMaxillaryLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "87704003", "Permanent maxillary left third molar tooth", (4018,)
)
"""Permanent maxillary left third molar tooth (SCT 87704003)."""

MandibularLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "74344005", "Mandibular left third molar tooth", (4018,)
)
"""Mandibular left third molar tooth (SCT 74344005)."""

MandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863898000", "Mandibular left second molar tooth", (4018,)
)
"""Mandibular left second molar tooth (SCT 863898000)."""

MandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "866006002", "Mandibular left first molar tooth", (4018,)
)
"""Mandibular left first molar tooth (SCT 866006002)."""

MandibularLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "24573005", "Mandibular left second premolar tooth", (4018,)
)
"""Mandibular left second premolar tooth (SCT 24573005)."""

MandibularLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2400006", "Mandibular left first premolar tooth", (4018,)
)
"""Mandibular left first premolar tooth (SCT 2400006)."""

MandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "860782001", "Mandibular left canine tooth", (4018,)
)
"""Mandibular left canine tooth (SCT 860782001)."""

MandibularLeftLateralTooth: _Final[_Code] = _Code(
    "SCT", "423331005", "Mandibular left lateral tooth", (4018,)
)
"""Mandibular left lateral tooth (SCT 423331005)."""

MandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "425106001", "Mandibular left central incisor tooth", (4018,)
)
"""Mandibular left central incisor tooth (SCT 425106001)."""

MandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "424575004", "Mandibular right central incisor tooth", (4018,)
)
"""Mandibular right central incisor tooth (SCT 424575004)."""

MandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "423937004", "Mandibular right lateral incisor tooth", (4018,)
)
"""Mandibular right lateral incisor tooth (SCT 423937004)."""

MandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "860785004", "Mandibular right canine tooth", (4018,)
)
"""Mandibular right canine tooth (SCT 860785004)."""

MandibularRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "80140008", "Mandibular right first premolar tooth", (4018,)
)
"""Mandibular right first premolar tooth (SCT 80140008)."""

MandibularRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "8873007", "Mandibular right second premolar tooth", (4018,)
)
"""Mandibular right second premolar tooth (SCT 8873007)."""

MandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "866005003", "Mandibular right first molar tooth", (4018,)
)
"""Mandibular right first molar tooth (SCT 866005003)."""

MandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863899008", "Mandibular right second molar tooth", (4018,)
)
"""Mandibular right second molar tooth (SCT 863899008)."""

MandibularRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "38994002", "Mandibular right third molar tooth", (4018,)
)
"""Mandibular right third molar tooth (SCT 38994002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
