"""CID 4025 Primary Anatomic Structure for Intra-oral Radiography (Supernumerary Dentition - Designation of Teeth).

Non-extensible, version 20220922, UID 1.2.840.10008.6.1.1021.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4025
NAME: _Final[str] = (
    "Primary Anatomic Structure for Intra-oral Radiography (Supernumerary Dentition - Designation of Teeth)"
)
KEYWORD: _Final[str | None] = (
    "PrimaryAnatomicStructureForIntraoralRadiographySupernumeraryDentitionDesignationOfTeeth"
)
UID: _Final[str | None] = "1.2.840.10008.6.1.1021"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SupernumeraryDeciduousMandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2211000124103", "Supernumerary deciduous mandibular left canine tooth", (4025,)
)
"""Supernumerary deciduous mandibular left canine tooth (SCT 2211000124103)."""

SupernumeraryDeciduousMandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2261000124100", "Supernumerary deciduous mandibular left central incisor tooth", (4025,)
)
"""Supernumerary deciduous mandibular left central incisor tooth (SCT 2261000124100)."""

SupernumeraryDeciduousMandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2181000124102", "Supernumerary deciduous mandibular left first molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular left first molar tooth (SCT 2181000124102)."""

SupernumeraryDeciduousMandibularLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2171000124100", "Supernumerary deciduous mandibular left lateral incisor tooth", (4025,)
)
"""Supernumerary deciduous mandibular left lateral incisor tooth (SCT 2171000124100)."""

SupernumeraryDeciduousMandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2241000124104", "Supernumerary deciduous mandibular left second molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular left second molar tooth (SCT 2241000124104)."""

SupernumeraryDeciduousMandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2221000124106", "Supernumerary deciduous mandibular right canine tooth", (4025,)
)
"""Supernumerary deciduous mandibular right canine tooth (SCT 2221000124106)."""

SupernumeraryDeciduousMandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2191000124104",
    "Supernumerary deciduous mandibular right central incisor tooth",
    (4025,),
)
"""Supernumerary deciduous mandibular right central incisor tooth (SCT 2191000124104)."""

SupernumeraryDeciduousMandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2231000124109", "Supernumerary deciduous mandibular right first molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular right first molar tooth (SCT 2231000124109)."""

SupernumeraryDeciduousMandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2201000124101",
    "Supernumerary deciduous mandibular right lateral incisor tooth",
    (4025,),
)
"""Supernumerary deciduous mandibular right lateral incisor tooth (SCT 2201000124101)."""

SupernumeraryDeciduousMandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2251000124102", "Supernumerary deciduous mandibular right second molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular right second molar tooth (SCT 2251000124102)."""

SupernumeraryDeciduousMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2361000124105", "Supernumerary deciduous maxillary left canine tooth", (4025,)
)
"""Supernumerary deciduous maxillary left canine tooth (SCT 2361000124105)."""

SupernumeraryDeciduousMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2351000124108", "Supernumerary deciduous maxillary left central incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary left central incisor tooth (SCT 2351000124108)."""

SupernumeraryDeciduousMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2331000124101", "Supernumerary deciduous maxillary left first molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary left first molar tooth (SCT 2331000124101)."""

SupernumeraryDeciduousMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2271000124107", "Supernumerary deciduous maxillary left lateral incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary left lateral incisor tooth (SCT 2271000124107)."""

SupernumeraryDeciduousMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2311000124107", "Supernumerary deciduous maxillary left second molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary left second molar tooth (SCT 2311000124107)."""

SupernumeraryDeciduousMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2291000124108", "Supernumerary deciduous maxillary right canine tooth", (4025,)
)
"""Supernumerary deciduous maxillary right canine tooth (SCT 2291000124108)."""

SupernumeraryDeciduousMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2301000124109", "Supernumerary deciduous maxillary right central incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary right central incisor tooth (SCT 2301000124109)."""

SupernumeraryDeciduousMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2321000124104", "Supernumerary deciduous maxillary right first molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary right first molar tooth (SCT 2321000124104)."""

SupernumeraryDeciduousMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2281000124105", "Supernumerary deciduous maxillary right lateral incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary right lateral incisor tooth (SCT 2281000124105)."""

SupernumeraryDeciduousMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2341000124106", "Supernumerary deciduous maxillary right second molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary right second molar tooth (SCT 2341000124106)."""

SupernumeraryPermanentMandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2441000124103", "Supernumerary permanent mandibular left canine tooth", (4025,)
)
"""Supernumerary permanent mandibular left canine tooth (SCT 2441000124103)."""

SupernumeraryPermanentMandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2481000124109", "Supernumerary permanent mandibular left central incisor tooth", (4025,)
)
"""Supernumerary permanent mandibular left central incisor tooth (SCT 2481000124109)."""

SupernumeraryPermanentMandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2431000124108", "Supernumerary permanent mandibular left first molar tooth", (4025,)
)
"""Supernumerary permanent mandibular left first molar tooth (SCT 2431000124108)."""

SupernumeraryPermanentMandibularLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2451000124101", "Supernumerary permanent mandibular left first premolar tooth", (4025,)
)
"""Supernumerary permanent mandibular left first premolar tooth (SCT 2451000124101)."""

SupernumeraryPermanentMandibularLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2381000124100", "Supernumerary permanent mandibular left lateral incisor tooth", (4025,)
)
"""Supernumerary permanent mandibular left lateral incisor tooth (SCT 2381000124100)."""

SupernumeraryPermanentMandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2371000124103", "Supernumerary permanent mandibular left second molar tooth", (4025,)
)
"""Supernumerary permanent mandibular left second molar tooth (SCT 2371000124103)."""

SupernumeraryPermanentMandibularLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2471000124106", "Supernumerary permanent mandibular left second premolar tooth", (4025,)
)
"""Supernumerary permanent mandibular left second premolar tooth (SCT 2471000124106)."""

SupernumeraryPermanentMandibularLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2391000124102", "Supernumerary permanent mandibular left third molar tooth", (4025,)
)
"""Supernumerary permanent mandibular left third molar tooth (SCT 2391000124102)."""

SupernumeraryPermanentMandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2501000124104", "Supernumerary permanent mandibular right canine tooth", (4025,)
)
"""Supernumerary permanent mandibular right canine tooth (SCT 2501000124104)."""

SupernumeraryPermanentMandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2511000124101",
    "Supernumerary permanent mandibular right central incisor tooth",
    (4025,),
)
"""Supernumerary permanent mandibular right central incisor tooth (SCT 2511000124101)."""

SupernumeraryPermanentMandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2491000124107", "Supernumerary permanent mandibular right first molar tooth", (4025,)
)
"""Supernumerary permanent mandibular right first molar tooth (SCT 2491000124107)."""

SupernumeraryPermanentMandibularRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2461000124104", "Supernumerary permanent mandibular right first premolar tooth", (4025,)
)
"""Supernumerary permanent mandibular right first premolar tooth (SCT 2461000124104)."""

SupernumeraryPermanentMandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2521000124109",
    "Supernumerary permanent mandibular right lateral incisor tooth",
    (4025,),
)
"""Supernumerary permanent mandibular right lateral incisor tooth (SCT 2521000124109)."""

SupernumeraryPermanentMandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2401000124100", "Supernumerary permanent mandibular right second molar tooth", (4025,)
)
"""Supernumerary permanent mandibular right second molar tooth (SCT 2401000124100)."""

SupernumeraryPermanentMandibularRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT",
    "2421000124105",
    "Supernumerary permanent mandibular right second premolar tooth",
    (4025,),
)
"""Supernumerary permanent mandibular right second premolar tooth (SCT 2421000124105)."""

SupernumeraryPermanentMandibularRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2411000124102", "Supernumerary permanent mandibular right third molar tooth", (4025,)
)
"""Supernumerary permanent mandibular right third molar tooth (SCT 2411000124102)."""

SupernumeraryPermanentMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2611000124100", "Supernumerary permanent maxillary left canine tooth", (4025,)
)
"""Supernumerary permanent maxillary left canine tooth (SCT 2611000124100)."""

SupernumeraryPermanentMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2541000124102", "Supernumerary permanent maxillary left central incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary left central incisor tooth (SCT 2541000124102)."""

SupernumeraryPermanentMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2661000124102", "Supernumerary permanent maxillary left first molar tooth", (4025,)
)
"""Supernumerary permanent maxillary left first molar tooth (SCT 2661000124102)."""

SupernumeraryPermanentMaxillaryLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2641000124101", "Supernumerary permanent maxillary left first premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary left first premolar tooth (SCT 2641000124101)."""

SupernumeraryPermanentMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2651000124104", "Supernumerary permanent maxillary left lateral incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary left lateral incisor tooth (SCT 2651000124104)."""

SupernumeraryPermanentMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2621000124108", "Supernumerary permanent maxillary left second molar tooth", (4025,)
)
"""Supernumerary permanent maxillary left second molar tooth (SCT 2621000124108)."""

SupernumeraryPermanentMaxillaryLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2681000124107", "Supernumerary permanent maxillary left second premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary left second premolar tooth (SCT 2681000124107)."""

SupernumeraryPermanentMaxillaryLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2581000124108", "Supernumerary permanent maxillary left third molar tooth", (4025,)
)
"""Supernumerary permanent maxillary left third molar tooth (SCT 2581000124108)."""

SupernumeraryPermanentMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2601000124103", "Supernumerary permanent maxillary right canine tooth", (4025,)
)
"""Supernumerary permanent maxillary right canine tooth (SCT 2601000124103)."""

SupernumeraryPermanentMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2551000124100", "Supernumerary permanent maxillary right central incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary right central incisor tooth (SCT 2551000124100)."""

SupernumeraryPermanentMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2591000124106", "Supernumerary permanent maxillary right first molar tooth", (4025,)
)
"""Supernumerary permanent maxillary right first molar tooth (SCT 2591000124106)."""

SupernumeraryPermanentMaxillaryRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2671000124109", "Supernumerary permanent maxillary right first premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary right first premolar tooth (SCT 2671000124109)."""

SupernumeraryPermanentMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2571000124105", "Supernumerary permanent maxillary right lateral incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary right lateral incisor tooth (SCT 2571000124105)."""

SupernumeraryPermanentMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2631000124106", "Supernumerary permanent maxillary right second molar tooth", (4025,)
)
"""Supernumerary permanent maxillary right second molar tooth (SCT 2631000124106)."""

SupernumeraryPermanentMaxillaryRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2561000124103", "Supernumerary permanent maxillary right second premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary right second premolar tooth (SCT 2561000124103)."""

SupernumeraryPermanentMaxillaryRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2531000124107", "Supernumerary permanent maxillary right third molar tooth", (4025,)
)
"""Supernumerary permanent maxillary right third molar tooth (SCT 2531000124107)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
