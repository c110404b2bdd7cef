"""CID 623 Medication for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1088.
Includes CID 624, CID 625, CID 626, CID 627, CID 628, CID 629, CID 630.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 623
NAME: _Final[str] = "Medication for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "MedicationForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1088"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = (624, 625, 626, 627, 628, 629, 630)
EXTERNAL_SCHEME: _Final[str | None] = None

CarbonDioxide: _Final[_Code] = _Code("SCT", "31811003", "Carbon dioxide", (12, 13, 624))
"""Carbon dioxide (SCT 31811003). Included from CID 624."""

Chloroform: _Final[_Code] = _Code("SCT", "259153006", "Chloroform", (624, 8114))
"""Chloroform (SCT 259153006). Included from CID 624."""

Desflurane: _Final[_Code] = _Code("SCT", "386841003", "Desflurane", (624,))
"""Desflurane (SCT 386841003). Included from CID 624."""

DiethylEther: _Final[_Code] = _Code("SCT", "259170003", "Diethyl ether", (624,))
"""Diethyl ether (SCT 259170003). Included from CID 624."""

Enflurane: _Final[_Code] = _Code("SCT", "387176008", "Enflurane", (624,))
"""Enflurane (SCT 387176008). Included from CID 624."""

Halothane: _Final[_Code] = _Code("SCT", "387351001", "Halothane", (624,))
"""Halothane (SCT 387351001). Included from CID 624."""

Isoflurane: _Final[_Code] = _Code("SCT", "387368002", "Isoflurane", (624,))
"""Isoflurane (SCT 387368002). Included from CID 624."""

Methoxyflurane: _Final[_Code] = _Code("SCT", "11136004", "Methoxyflurane", (624,))
"""Methoxyflurane (SCT 11136004). Included from CID 624."""

NitrousOxide: _Final[_Code] = _Code("SCT", "111132001", "Nitrous oxide", (624,))
"""Nitrous oxide (SCT 111132001). Included from CID 624."""

Sevoflurane: _Final[_Code] = _Code("SCT", "386842005", "Sevoflurane", (624,))
"""Sevoflurane (SCT 386842005). Included from CID 624."""

Alphachloralose: _Final[_Code] = _Code("SCT", "277016007", "Alphachloralose", (625,))
"""Alphachloralose (SCT 277016007). Included from CID 625."""

Alphadolone: _Final[_Code] = _Code("SCT", "125707004", "Alphadolone", (625,))
"""Alphadolone (SCT 125707004). Included from CID 625."""

Alphaxalone: _Final[_Code] = _Code("UMLS", "C0051482", "Alphaxalone", (625,))
"""Alphaxalone (UMLS C0051482). Included from CID 625."""

Azaperone: _Final[_Code] = _Code("SCT", "96229001", "Azaperone", (625,))
"""Azaperone (SCT 96229001). Included from CID 625."""

Butabarbital: _Final[_Code] = _Code("SCT", "372901004", "Butabarbital", (625,))
"""Butabarbital (SCT 372901004). Included from CID 625."""

ChloralHydrate: _Final[_Code] = _Code("SCT", "273948005", "Chloral hydrate", (625,))
"""Chloral hydrate (SCT 273948005). Included from CID 625."""

Diazepam: _Final[_Code] = _Code("SCT", "387264003", "Diazepam", (625,))
"""Diazepam (SCT 387264003). Included from CID 625."""

Droperidol: _Final[_Code] = _Code("SCT", "387146001", "Droperidol", (625,))
"""Droperidol (SCT 387146001). Included from CID 625."""

Etomidate: _Final[_Code] = _Code("SCT", "387218008", "Etomidate", (625,))
"""Etomidate (SCT 387218008). Included from CID 625."""

Fluanisone: _Final[_Code] = _Code("UMLS", "C0060473", "Fluanisone", (625,))
"""Fluanisone (UMLS C0060473). Included from CID 625."""

Ketamine: _Final[_Code] = _Code("SCT", "373464007", "Ketamine", (625,))
"""Ketamine (SCT 373464007). Included from CID 625."""

Methohexital: _Final[_Code] = _Code("SCT", "373488009", "Methohexital", (625,))
"""Methohexital (SCT 373488009). Included from CID 625."""

Metomidate: _Final[_Code] = _Code("UMLS", "C0025856", "Metomidate", (625,))
"""Metomidate (UMLS C0025856). Included from CID 625."""

Midazolam: _Final[_Code] = _Code("SCT", "373476007", "Midazolam", (66, 625))
"""Midazolam (SCT 373476007). Included from CID 625."""

Pentobarbital: _Final[_Code] = _Code("SCT", "372703009", "Pentobarbital", (625,))
"""Pentobarbital (SCT 372703009). Included from CID 625."""

Propofol: _Final[_Code] = _Code("SCT", "387423006", "Propofol", (66, 625))
"""Propofol (SCT 387423006). Included from CID 625."""

Thiamylal: _Final[_Code] = _Code("SCT", "40342009", "Thiamylal", (625,))
"""Thiamylal (SCT 40342009). Included from CID 625."""

Thiopental: _Final[_Code] = _Code("SCT", "387448009", "Thiopental", (625,))
"""Thiopental (SCT 387448009). Included from CID 625."""

Tiletamine: _Final[_Code] = _Code("SCT", "96265006", "Tiletamine", (625,))
"""Tiletamine (SCT 96265006). Included from CID 625."""

Tribromoethanol: _Final[_Code] = _Code("SCT", "84386009", "Tribromoethanol", (625,))
"""Tribromoethanol (SCT 84386009). Included from CID 625."""

Urethane: _Final[_Code] = _Code("SCT", "873008", "Urethane (ethyl carbamate)", (625,))
"""Urethane (ethyl carbamate) (SCT 873008). Included from CID 625."""

Xylazine: _Final[_Code] = _Code("SCT", "96230006", "Xylazine", (625,))
"""Xylazine (SCT 96230006). Included from CID 625."""

Zolazepam: _Final[_Code] = _Code("SCT", "96227004", "Zolazepam", (625,))
"""Zolazepam (SCT 96227004). Included from CID 625."""

Acepromazine: _Final[_Code] = _Code("SCT", "96218000", "Acepromazine", (626,))
"""Acepromazine (SCT 96218000). Included from CID 626."""

Chlorpromazine: _Final[_Code] = _Code("SCT", "387258005", "Chlorpromazine", (626,))
"""Chlorpromazine (SCT 387258005). Included from CID 626."""

Succinylcholine: _Final[_Code] = _Code("SCT", "372724004", "Succinylcholine", (627,))
"""Succinylcholine (SCT 372724004). Included from CID 627."""

Pancuronium: _Final[_Code] = _Code("SCT", "373738000", "Pancuronium", (627,))
"""Pancuronium (SCT 373738000). Included from CID 627."""

OxygenGas: _Final[_Code] = _Code("SCT", "320917000", "Oxygen gas", (629,))
"""Oxygen gas (SCT 320917000). Included from CID 629."""

MedicalAir: _Final[_Code] = _Code("SCT", "417696007", "Medical air", (629,))
"""Medical air (SCT 417696007). Included from CID 629."""

RoomAir: _Final[_Code] = _Code("UMLS", "C3846005", "Room air", (629,))
"""Room air (UMLS C3846005). Included from CID 629."""

Bupivacaine: _Final[_Code] = _Code("SCT", "387150008", "Bupivacaine", (630,))
"""Bupivacaine (SCT 387150008). Included from CID 630."""

LidocainePrilocaine: _Final[_Code] = _Code("SCT", "346553009", "Lidocaine + Prilocaine", (630,))
"""Lidocaine + Prilocaine (SCT 346553009). Included from CID 630."""

Lidocaine: _Final[_Code] = _Code("SCT", "387480006", "Lidocaine", (630,))
"""Lidocaine (SCT 387480006). Included from CID 630."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CarbonDioxide,
    Chloroform,
    Desflurane,
    DiethylEther,
    Enflurane,
    Halothane,
    Isoflurane,
    Methoxyflurane,
    NitrousOxide,
    Sevoflurane,
    Alphachloralose,
    Alphadolone,
    Alphaxalone,
    Azaperone,
    Butabarbital,
    ChloralHydrate,
    Diazepam,
    Droperidol,
    Etomidate,
    Fluanisone,
    Ketamine,
    Methohexital,
    Metomidate,
    Midazolam,
    Pentobarbital,
    Propofol,
    Thiamylal,
    Thiopental,
    Tiletamine,
    Tribromoethanol,
    Urethane,
    Xylazine,
    Zolazepam,
    Acepromazine,
    Chlorpromazine,
    Succinylcholine,
    Pancuronium,
    OxygenGas,
    MedicalAir,
    RoomAir,
    Bupivacaine,
    LidocainePrilocaine,
    Lidocaine,
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
