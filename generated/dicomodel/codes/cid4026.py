"""CID 4026 Primary Anatomic Structure for Intra-oral and Craniofacial Radiography - Teeth.

Non-extensible, version 20150318, UID 1.2.840.10008.6.1.1022.
Includes CID 4018, CID 4019, CID 4025.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4026
NAME: _Final[str] = "Primary Anatomic Structure for Intra-oral and Craniofacial Radiography - Teeth"
KEYWORD: _Final[str | None] = "PrimaryAnatomicStructureForIntraoralAndCraniofacialRadiographyTeeth"
UID: _Final[str | None] = "1.2.840.10008.6.1.1022"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20150318"
INCLUDES: _Final[tuple[int, ...]] = (4018, 4019, 4025)
EXTERNAL_SCHEME: _Final[str | None] = None

PermanentMaxillaryRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "68085002", "Permanent maxillary right third molar tooth", (4018,)
)
"""Permanent maxillary right third molar tooth (SCT 68085002). Included from CID 4018."""

PermanentMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863902006", "Permanent maxillary right second molar tooth", (4018,)
)
"""Permanent maxillary right second molar tooth (SCT 863902006). Included from CID 4018."""

PermanentMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "865995000", "Permanent maxillary right first molar tooth", (4018,)
)
"""Permanent maxillary right first molar tooth (SCT 865995000). Included from CID 4018."""

PermanentMaxillaryRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "36492000", "Permanent maxillary right second premolar tooth", (4018,)
)
"""Permanent maxillary right second premolar tooth (SCT 36492000). Included from CID 4018."""

PermanentMaxillaryRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "57826002", "Permanent maxillary right first premolar tooth", (4018,)
)
"""Permanent maxillary right first premolar tooth (SCT 57826002). Included from CID 4018."""

PermanentMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "860767006", "Permanent maxillary right canine tooth", (4018,)
)
"""Permanent maxillary right canine tooth (SCT 860767006). Included from CID 4018."""

PermanentMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "424877001", "Permanent maxillary right lateral incisor tooth", (4018,)
)
"""Permanent maxillary right lateral incisor tooth (SCT 424877001). Included from CID 4018."""

PermanentMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "422653006", "Permanent maxillary right central incisor tooth", (4018,)
)
"""Permanent maxillary right central incisor tooth (SCT 422653006). Included from CID 4018."""

PermanentMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "424399000", "Permanent maxillary left central incisor tooth", (4018,)
)
"""Permanent maxillary left central incisor tooth (SCT 424399000). Included from CID 4018."""

PermanentMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "423185002", "Permanent maxillary left lateral incisor tooth", (4018,)
)
"""Permanent maxillary left lateral incisor tooth (SCT 423185002). Included from CID 4018."""

PermanentMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "860780009", "Permanent maxillary left canine tooth", (4018,)
)
"""Permanent maxillary left canine tooth (SCT 860780009). Included from CID 4018."""

PermanentMaxillaryLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "61897005", "Permanent maxillary left first premolar tooth", (4018,)
)
"""Permanent maxillary left first premolar tooth (SCT 61897005). Included from CID 4018."""

PermanentMaxillaryLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "23226009", "Permanent maxillary left second premolar tooth", (4018,)
)
"""Permanent maxillary left second premolar tooth (SCT 23226009). Included from CID 4018."""

PermanentMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "865988009", "Permanent maxillary left first molar tooth", (4018,)
)
"""Permanent maxillary left first molar tooth (SCT 865988009). Included from CID 4018."""

PermanentMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863901004", "Permanent maxillary left second molar tooth", (4018,)
)
"""Permanent maxillary left second molar tooth (SCT 863901004). Included from CID 4018."""

PermanentMaxillaryLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "87704003", "Permanent maxillary left third molar tooth", (4018,)
)
"""Permanent maxillary left third molar tooth (SCT 87704003). Included from CID 4018."""

MandibularLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "74344005", "Mandibular left third molar tooth", (4018,)
)
"""Mandibular left third molar tooth (SCT 74344005). Included from CID 4018."""

MandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863898000", "Mandibular left second molar tooth", (4018,)
)
"""Mandibular left second molar tooth (SCT 863898000). Included from CID 4018."""

MandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "866006002", "Mandibular left first molar tooth", (4018,)
)
"""Mandibular left first molar tooth (SCT 866006002). Included from CID 4018."""

MandibularLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "24573005", "Mandibular left second premolar tooth", (4018,)
)
"""Mandibular left second premolar tooth (SCT 24573005). Included from CID 4018."""

MandibularLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2400006", "Mandibular left first premolar tooth", (4018,)
)
"""Mandibular left first premolar tooth (SCT 2400006). Included from CID 4018."""

MandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "860782001", "Mandibular left canine tooth", (4018,)
)
"""Mandibular left canine tooth (SCT 860782001). Included from CID 4018."""

MandibularLeftLateralTooth: _Final[_Code] = _Code(
    "SCT", "423331005", "Mandibular left lateral tooth", (4018,)
)
"""Mandibular left lateral tooth (SCT 423331005). Included from CID 4018."""

MandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "425106001", "Mandibular left central incisor tooth", (4018,)
)
"""Mandibular left central incisor tooth (SCT 425106001). Included from CID 4018."""

MandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "424575004", "Mandibular right central incisor tooth", (4018,)
)
"""Mandibular right central incisor tooth (SCT 424575004). Included from CID 4018."""

MandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "423937004", "Mandibular right lateral incisor tooth", (4018,)
)
"""Mandibular right lateral incisor tooth (SCT 423937004). Included from CID 4018."""

MandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "860785004", "Mandibular right canine tooth", (4018,)
)
"""Mandibular right canine tooth (SCT 860785004). Included from CID 4018."""

MandibularRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "80140008", "Mandibular right first premolar tooth", (4018,)
)
"""Mandibular right first premolar tooth (SCT 80140008). Included from CID 4018."""

MandibularRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "8873007", "Mandibular right second premolar tooth", (4018,)
)
"""Mandibular right second premolar tooth (SCT 8873007). Included from CID 4018."""

MandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "866005003", "Mandibular right first molar tooth", (4018,)
)
"""Mandibular right first molar tooth (SCT 866005003). Included from CID 4018."""

MandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863899008", "Mandibular right second molar tooth", (4018,)
)
"""Mandibular right second molar tooth (SCT 863899008). Included from CID 4018."""

MandibularRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "38994002", "Mandibular right third molar tooth", (4018,)
)
"""Mandibular right third molar tooth (SCT 38994002). Included from CID 4018."""

DeciduousMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "88824007", "Deciduous maxillary right central incisor tooth", (4019,)
)
"""Deciduous maxillary right central incisor tooth (SCT 88824007). Included from CID 4019."""

DeciduousMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "65624003", "Deciduous maxillary right lateral incisor tooth", (4019,)
)
"""Deciduous maxillary right lateral incisor tooth (SCT 65624003). Included from CID 4019."""

DeciduousMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "30618001", "Deciduous maxillary right canine tooth", (4019,)
)
"""Deciduous maxillary right canine tooth (SCT 30618001). Included from CID 4019."""

DeciduousMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "17505006", "Deciduous maxillary right first molar tooth", (4019,)
)
"""Deciduous maxillary right first molar tooth (SCT 17505006). Included from CID 4019."""

DeciduousMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "27855007", "Deciduous maxillary right second molar tooth", (4019,)
)
"""Deciduous maxillary right second molar tooth (SCT 27855007). Included from CID 4019."""

DeciduousMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "51678005", "Deciduous maxillary left central incisor tooth", (4019,)
)
"""Deciduous maxillary left central incisor tooth (SCT 51678005). Included from CID 4019."""

DeciduousMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "43622005", "Deciduous maxillary left lateral incisor tooth", (4019,)
)
"""Deciduous maxillary left lateral incisor tooth (SCT 43622005). Included from CID 4019."""

DeciduousMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "73937000", "Deciduous maxillary left canine tooth", (4019,)
)
"""Deciduous maxillary left canine tooth (SCT 73937000). Included from CID 4019."""

DeciduousMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "45234009", "Deciduous maxillary left first molar tooth", (4019,)
)
"""Deciduous maxillary left first molar tooth (SCT 45234009). Included from CID 4019."""

DeciduousMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "51943008", "Deciduous maxillary left second molar tooth", (4019,)
)
"""Deciduous maxillary left second molar tooth (SCT 51943008). Included from CID 4019."""

DeciduousMandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "89552004", "Deciduous mandibular left central incisor tooth", (4019,)
)
"""Deciduous mandibular left central incisor tooth (SCT 89552004). Included from CID 4019."""

DeciduousMandibularLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "14770005", "Deciduous mandibular left lateral incisor tooth", (4019,)
)
"""Deciduous mandibular left lateral incisor tooth (SCT 14770005). Included from CID 4019."""

DeciduousMandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "43281008", "Deciduous mandibular left canine tooth", (4019,)
)
"""Deciduous mandibular left canine tooth (SCT 43281008). Included from CID 4019."""

DeciduousMandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "38896004", "Deciduous mandibular left first molar tooth", (4019,)
)
"""Deciduous mandibular left first molar tooth (SCT 38896004). Included from CID 4019."""

DeciduousMandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "49330006", "Deciduous mandibular left second molar tooth", (4019,)
)
"""Deciduous mandibular left second molar tooth (SCT 49330006). Included from CID 4019."""

DeciduousMandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "67834006", "Deciduous mandibular right central incisor tooth", (4019,)
)
"""Deciduous mandibular right central incisor tooth (SCT 67834006). Included from CID 4019."""

DeciduousMandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "22445006", "Deciduous mandibular right lateral incisor tooth", (4019,)
)
"""Deciduous mandibular right lateral incisor tooth (SCT 22445006). Included from CID 4019."""

DeciduousMandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "6062009", "Deciduous mandibular right canine tooth", (4019,)
)
"""Deciduous mandibular right canine tooth (SCT 6062009). Included from CID 4019."""

DeciduousMandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "58646007", "Deciduous mandibular right first molar tooth", (4019,)
)
"""Deciduous mandibular right first molar tooth (SCT 58646007). Included from CID 4019."""

DeciduousMandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "61868007", "Deciduous mandibular right second molar tooth", (4019,)
)
"""Deciduous mandibular right second molar tooth (SCT 61868007). Included from CID 4019."""

SupernumeraryDeciduousMandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2211000124103", "Supernumerary deciduous mandibular left canine tooth", (4025,)
)
"""Supernumerary deciduous mandibular left canine tooth (SCT 2211000124103). Included from CID 4025."""

SupernumeraryDeciduousMandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2261000124100", "Supernumerary deciduous mandibular left central incisor tooth", (4025,)
)
"""Supernumerary deciduous mandibular left central incisor tooth (SCT 2261000124100). Included from CID 4025."""

SupernumeraryDeciduousMandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2181000124102", "Supernumerary deciduous mandibular left first molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular left first molar tooth (SCT 2181000124102). Included from CID 4025."""

SupernumeraryDeciduousMandibularLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2171000124100", "Supernumerary deciduous mandibular left lateral incisor tooth", (4025,)
)
"""Supernumerary deciduous mandibular left lateral incisor tooth (SCT 2171000124100). Included from CID 4025."""

SupernumeraryDeciduousMandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2241000124104", "Supernumerary deciduous mandibular left second molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular left second molar tooth (SCT 2241000124104). Included from CID 4025."""

SupernumeraryDeciduousMandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2221000124106", "Supernumerary deciduous mandibular right canine tooth", (4025,)
)
"""Supernumerary deciduous mandibular right canine tooth (SCT 2221000124106). Included from CID 4025."""

SupernumeraryDeciduousMandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2191000124104",
    "Supernumerary deciduous mandibular right central incisor tooth",
    (4025,),
)
"""Supernumerary deciduous mandibular right central incisor tooth (SCT 2191000124104). Included from CID 4025."""

SupernumeraryDeciduousMandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2231000124109", "Supernumerary deciduous mandibular right first molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular right first molar tooth (SCT 2231000124109). Included from CID 4025."""

SupernumeraryDeciduousMandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2201000124101",
    "Supernumerary deciduous mandibular right lateral incisor tooth",
    (4025,),
)
"""Supernumerary deciduous mandibular right lateral incisor tooth (SCT 2201000124101). Included from CID 4025."""

SupernumeraryDeciduousMandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2251000124102", "Supernumerary deciduous mandibular right second molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular right second molar tooth (SCT 2251000124102). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2361000124105", "Supernumerary deciduous maxillary left canine tooth", (4025,)
)
"""Supernumerary deciduous maxillary left canine tooth (SCT 2361000124105). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2351000124108", "Supernumerary deciduous maxillary left central incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary left central incisor tooth (SCT 2351000124108). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2331000124101", "Supernumerary deciduous maxillary left first molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary left first molar tooth (SCT 2331000124101). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2271000124107", "Supernumerary deciduous maxillary left lateral incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary left lateral incisor tooth (SCT 2271000124107). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2311000124107", "Supernumerary deciduous maxillary left second molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary left second molar tooth (SCT 2311000124107). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2291000124108", "Supernumerary deciduous maxillary right canine tooth", (4025,)
)
"""Supernumerary deciduous maxillary right canine tooth (SCT 2291000124108). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2301000124109", "Supernumerary deciduous maxillary right central incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary right central incisor tooth (SCT 2301000124109). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2321000124104", "Supernumerary deciduous maxillary right first molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary right first molar tooth (SCT 2321000124104). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2281000124105", "Supernumerary deciduous maxillary right lateral incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary right lateral incisor tooth (SCT 2281000124105). Included from CID 4025."""

SupernumeraryDeciduousMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2341000124106", "Supernumerary deciduous maxillary right second molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary right second molar tooth (SCT 2341000124106). Included from CID 4025."""

SupernumeraryPermanentMandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2441000124103", "Supernumerary permanent mandibular left canine tooth", (4025,)
)
"""Supernumerary permanent mandibular left canine tooth (SCT 2441000124103). Included from CID 4025."""

SupernumeraryPermanentMandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2481000124109", "Supernumerary permanent mandibular left central incisor tooth", (4025,)
)
"""Supernumerary permanent mandibular left central incisor tooth (SCT 2481000124109). Included from CID 4025."""

SupernumeraryPermanentMandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2431000124108", "Supernumerary permanent mandibular left first molar tooth", (4025,)
)
"""Supernumerary permanent mandibular left first molar tooth (SCT 2431000124108). Included from CID 4025."""

SupernumeraryPermanentMandibularLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2451000124101", "Supernumerary permanent mandibular left first premolar tooth", (4025,)
)
"""Supernumerary permanent mandibular left first premolar tooth (SCT 2451000124101). Included from CID 4025."""

SupernumeraryPermanentMandibularLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2381000124100", "Supernumerary permanent mandibular left lateral incisor tooth", (4025,)
)
"""Supernumerary permanent mandibular left lateral incisor tooth (SCT 2381000124100). Included from CID 4025."""

SupernumeraryPermanentMandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2371000124103", "Supernumerary permanent mandibular left second molar tooth", (4025,)
)
"""Supernumerary permanent mandibular left second molar tooth (SCT 2371000124103). Included from CID 4025."""

SupernumeraryPermanentMandibularLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2471000124106", "Supernumerary permanent mandibular left second premolar tooth", (4025,)
)
"""Supernumerary permanent mandibular left second premolar tooth (SCT 2471000124106). Included from CID 4025."""

SupernumeraryPermanentMandibularLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2391000124102", "Supernumerary permanent mandibular left third molar tooth", (4025,)
)
"""Supernumerary permanent mandibular left third molar tooth (SCT 2391000124102). Included from CID 4025."""

SupernumeraryPermanentMandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2501000124104", "Supernumerary permanent mandibular right canine tooth", (4025,)
)
"""Supernumerary permanent mandibular right canine tooth (SCT 2501000124104). Included from CID 4025."""

SupernumeraryPermanentMandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2511000124101",
    "Supernumerary permanent mandibular right central incisor tooth",
    (4025,),
)
"""Supernumerary permanent mandibular right central incisor tooth (SCT 2511000124101). Included from CID 4025."""

SupernumeraryPermanentMandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2491000124107", "Supernumerary permanent mandibular right first molar tooth", (4025,)
)
"""Supernumerary permanent mandibular right first molar tooth (SCT 2491000124107). Included from CID 4025."""

SupernumeraryPermanentMandibularRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2461000124104", "Supernumerary permanent mandibular right first premolar tooth", (4025,)
)
"""Supernumerary permanent mandibular right first premolar tooth (SCT 2461000124104). Included from CID 4025."""

SupernumeraryPermanentMandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2521000124109",
    "Supernumerary permanent mandibular right lateral incisor tooth",
    (4025,),
)
"""Supernumerary permanent mandibular right lateral incisor tooth (SCT 2521000124109). Included from CID 4025."""

SupernumeraryPermanentMandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2401000124100", "Supernumerary permanent mandibular right second molar tooth", (4025,)
)
"""Supernumerary permanent mandibular right second molar tooth (SCT 2401000124100). Included from CID 4025."""

SupernumeraryPermanentMandibularRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT",
    "2421000124105",
    "Supernumerary permanent mandibular right second premolar tooth",
    (4025,),
)
"""Supernumerary permanent mandibular right second premolar tooth (SCT 2421000124105). Included from CID 4025."""

SupernumeraryPermanentMandibularRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2411000124102", "Supernumerary permanent mandibular right third molar tooth", (4025,)
)
"""Supernumerary permanent mandibular right third molar tooth (SCT 2411000124102). Included from CID 4025."""

SupernumeraryPermanentMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2611000124100", "Supernumerary permanent maxillary left canine tooth", (4025,)
)
"""Supernumerary permanent maxillary left canine tooth (SCT 2611000124100). Included from CID 4025."""

SupernumeraryPermanentMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2541000124102", "Supernumerary permanent maxillary left central incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary left central incisor tooth (SCT 2541000124102). Included from CID 4025."""

SupernumeraryPermanentMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2661000124102", "Supernumerary permanent maxillary left first molar tooth", (4025,)
)
"""Supernumerary permanent maxillary left first molar tooth (SCT 2661000124102). Included from CID 4025."""

SupernumeraryPermanentMaxillaryLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2641000124101", "Supernumerary permanent maxillary left first premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary left first premolar tooth (SCT 2641000124101). Included from CID 4025."""

SupernumeraryPermanentMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2651000124104", "Supernumerary permanent maxillary left lateral incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary left lateral incisor tooth (SCT 2651000124104). Included from CID 4025."""

SupernumeraryPermanentMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2621000124108", "Supernumerary permanent maxillary left second molar tooth", (4025,)
)
"""Supernumerary permanent maxillary left second molar tooth (SCT 2621000124108). Included from CID 4025."""

SupernumeraryPermanentMaxillaryLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2681000124107", "Supernumerary permanent maxillary left second premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary left second premolar tooth (SCT 2681000124107). Included from CID 4025."""

SupernumeraryPermanentMaxillaryLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2581000124108", "Supernumerary permanent maxillary left third molar tooth", (4025,)
)
"""Supernumerary permanent maxillary left third molar tooth (SCT 2581000124108). Included from CID 4025."""

SupernumeraryPermanentMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2601000124103", "Supernumerary permanent maxillary right canine tooth", (4025,)
)
"""Supernumerary permanent maxillary right canine tooth (SCT 2601000124103). Included from CID 4025."""

SupernumeraryPermanentMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2551000124100", "Supernumerary permanent maxillary right central incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary right central incisor tooth (SCT 2551000124100). Included from CID 4025."""

SupernumeraryPermanentMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2591000124106", "Supernumerary permanent maxillary right first molar tooth", (4025,)
)
"""Supernumerary permanent maxillary right first molar tooth (SCT 2591000124106). Included from CID 4025."""

SupernumeraryPermanentMaxillaryRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2671000124109", "Supernumerary permanent maxillary right first premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary right first premolar tooth (SCT 2671000124109). Included from CID 4025."""

SupernumeraryPermanentMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2571000124105", "Supernumerary permanent maxillary right lateral incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary right lateral incisor tooth (SCT 2571000124105). Included from CID 4025."""

SupernumeraryPermanentMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2631000124106", "Supernumerary permanent maxillary right second molar tooth", (4025,)
)
"""Supernumerary permanent maxillary right second molar tooth (SCT 2631000124106). Included from CID 4025."""

SupernumeraryPermanentMaxillaryRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2561000124103", "Supernumerary permanent maxillary right second premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary right second premolar tooth (SCT 2561000124103). Included from CID 4025."""

SupernumeraryPermanentMaxillaryRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2531000124107", "Supernumerary permanent maxillary right third molar tooth", (4025,)
)
"""Supernumerary permanent maxillary right third molar tooth (SCT 2531000124107). Included from CID 4025."""

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
    SupernumeraryDeciduousMandibularLeftCanineTooth,
    SupernumeraryDeciduousMandibularLeftCentralIncisorTooth,
    SupernumeraryDeciduousMandibularLeftFirstMolarTooth,
    SupernumeraryDeciduousMandibularLeftLateralIncisorTooth,
    SupernumeraryDeciduousMandibularLeftSecondMolarTooth,
    SupernumeraryDeciduousMandibularRightCanineTooth,
    SupernumeraryDeciduousMandibularRightCentralIncisorTooth,
    SupernumeraryDeciduousMandibularRightFirstMolarTooth,
    SupernumeraryDeciduousMandibularRightLateralIncisorTooth,
    SupernumeraryDeciduousMandibularRightSecondMolarTooth,
    SupernumeraryDeciduousMaxillaryLeftCanineTooth,
    SupernumeraryDeciduousMaxillaryLeftCentralIncisorTooth,
    SupernumeraryDeciduousMaxillaryLeftFirstMolarTooth,
    SupernumeraryDeciduousMaxillaryLeftLateralIncisorTooth,
    SupernumeraryDeciduousMaxillaryLeftSecondMolarTooth,
    SupernumeraryDeciduousMaxillaryRightCanineTooth,
    SupernumeraryDeciduousMaxillaryRightCentralIncisorTooth,
    SupernumeraryDeciduousMaxillaryRightFirstMolarTooth,
    SupernumeraryDeciduousMaxillaryRightLateralIncisorTooth,
    SupernumeraryDeciduousMaxillaryRightSecondMolarTooth,
    SupernumeraryPermanentMandibularLeftCanineTooth,
    SupernumeraryPermanentMandibularLeftCentralIncisorTooth,
    SupernumeraryPermanentMandibularLeftFirstMolarTooth,
    SupernumeraryPermanentMandibularLeftFirstPremolarTooth,
    SupernumeraryPermanentMandibularLeftLateralIncisorTooth,
    SupernumeraryPermanentMandibularLeftSecondMolarTooth,
    SupernumeraryPermanentMandibularLeftSecondPremolarTooth,
    SupernumeraryPermanentMandibularLeftThirdMolarTooth,
    SupernumeraryPermanentMandibularRightCanineTooth,
    SupernumeraryPermanentMandibularRightCentralIncisorTooth,
    SupernumeraryPermanentMandibularRightFirstMolarTooth,
    SupernumeraryPermanentMandibularRightFirstPremolarTooth,
    SupernumeraryPermanentMandibularRightLateralIncisorTooth,
    SupernumeraryPermanentMandibularRightSecondMolarTooth,
    SupernumeraryPermanentMandibularRightSecondPremolarTooth,
    SupernumeraryPermanentMandibularRightThirdMolarTooth,
    SupernumeraryPermanentMaxillaryLeftCanineTooth,
    SupernumeraryPermanentMaxillaryLeftCentralIncisorTooth,
    SupernumeraryPermanentMaxillaryLeftFirstMolarTooth,
    SupernumeraryPermanentMaxillaryLeftFirstPremolarTooth,
    SupernumeraryPermanentMaxillaryLeftLateralIncisorTooth,
    SupernumeraryPermanentMaxillaryLeftSecondMolarTooth,
    SupernumeraryPermanentMaxillaryLeftSecondPremolarTooth,
    SupernumeraryPermanentMaxillaryLeftThirdMolarTooth,
    SupernumeraryPermanentMaxillaryRightCanineTooth,
    SupernumeraryPermanentMaxillaryRightCentralIncisorTooth,
    SupernumeraryPermanentMaxillaryRightFirstMolarTooth,
    SupernumeraryPermanentMaxillaryRightFirstPremolarTooth,
    SupernumeraryPermanentMaxillaryRightLateralIncisorTooth,
    SupernumeraryPermanentMaxillaryRightSecondMolarTooth,
    SupernumeraryPermanentMaxillaryRightSecondPremolarTooth,
    SupernumeraryPermanentMaxillaryRightThirdMolarTooth,
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
