"""CID 623 Medication for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1088.
Includes CID 624, CID 625, CID 626, CID 627, CID 628, CID 629, CID 630.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 623
NAME: Final[str] = "Medication for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "MedicationForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1088"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = (624, 625, 626, 627, 628, 629, 630)
EXTERNAL_SCHEME: Final[str | None] = None

CarbonDioxide: Final[Code] = Code("SCT", "31811003", "Carbon dioxide", (12, 13, 624))
"""Carbon dioxide (SCT 31811003). Included from CID 624."""

Chloroform: Final[Code] = Code("SCT", "259153006", "Chloroform", (624, 8114))
"""Chloroform (SCT 259153006). Included from CID 624."""

Desflurane: Final[Code] = Code("SCT", "386841003", "Desflurane", (624,))
"""Desflurane (SCT 386841003). Included from CID 624."""

DiethylEther: Final[Code] = Code("SCT", "259170003", "Diethyl ether", (624,))
"""Diethyl ether (SCT 259170003). Included from CID 624."""

Enflurane: Final[Code] = Code("SCT", "387176008", "Enflurane", (624,))
"""Enflurane (SCT 387176008). Included from CID 624."""

Halothane: Final[Code] = Code("SCT", "387351001", "Halothane", (624,))
"""Halothane (SCT 387351001). Included from CID 624."""

Isoflurane: Final[Code] = Code("SCT", "387368002", "Isoflurane", (624,))
"""Isoflurane (SCT 387368002). Included from CID 624."""

Methoxyflurane: Final[Code] = Code("SCT", "11136004", "Methoxyflurane", (624,))
"""Methoxyflurane (SCT 11136004). Included from CID 624."""

NitrousOxide: Final[Code] = Code("SCT", "111132001", "Nitrous oxide", (624,))
"""Nitrous oxide (SCT 111132001). Included from CID 624."""

Sevoflurane: Final[Code] = Code("SCT", "386842005", "Sevoflurane", (624,))
"""Sevoflurane (SCT 386842005). Included from CID 624."""

Alphachloralose: Final[Code] = Code("SCT", "277016007", "Alphachloralose", (625,))
"""Alphachloralose (SCT 277016007). Included from CID 625."""

Alphadolone: Final[Code] = Code("SCT", "125707004", "Alphadolone", (625,))
"""Alphadolone (SCT 125707004). Included from CID 625."""

Alphaxalone: Final[Code] = Code("UMLS", "C0051482", "Alphaxalone", (625,))
"""Alphaxalone (UMLS C0051482). Included from CID 625."""

Azaperone: Final[Code] = Code("SCT", "96229001", "Azaperone", (625,))
"""Azaperone (SCT 96229001). Included from CID 625."""

Butabarbital: Final[Code] = Code("SCT", "372901004", "Butabarbital", (625,))
"""Butabarbital (SCT 372901004). Included from CID 625."""

ChloralHydrate: Final[Code] = Code("SCT", "273948005", "Chloral hydrate", (625,))
"""Chloral hydrate (SCT 273948005). Included from CID 625."""

Diazepam: Final[Code] = Code("SCT", "387264003", "Diazepam", (625,))
"""Diazepam (SCT 387264003). Included from CID 625."""

Droperidol: Final[Code] = Code("SCT", "387146001", "Droperidol", (625,))
"""Droperidol (SCT 387146001). Included from CID 625."""

Etomidate: Final[Code] = Code("SCT", "387218008", "Etomidate", (625,))
"""Etomidate (SCT 387218008). Included from CID 625."""

Fluanisone: Final[Code] = Code("UMLS", "C0060473", "Fluanisone", (625,))
"""Fluanisone (UMLS C0060473). Included from CID 625."""

Ketamine: Final[Code] = Code("SCT", "373464007", "Ketamine", (625,))
"""Ketamine (SCT 373464007). Included from CID 625."""

Methohexital: Final[Code] = Code("SCT", "373488009", "Methohexital", (625,))
"""Methohexital (SCT 373488009). Included from CID 625."""

Metomidate: Final[Code] = Code("UMLS", "C0025856", "Metomidate", (625,))
"""Metomidate (UMLS C0025856). Included from CID 625."""

Midazolam: Final[Code] = Code("SCT", "373476007", "Midazolam", (66, 625))
"""Midazolam (SCT 373476007). Included from CID 625."""

Pentobarbital: Final[Code] = Code("SCT", "372703009", "Pentobarbital", (625,))
"""Pentobarbital (SCT 372703009). Included from CID 625."""

Propofol: Final[Code] = Code("SCT", "387423006", "Propofol", (66, 625))
"""Propofol (SCT 387423006). Included from CID 625."""

Thiamylal: Final[Code] = Code("SCT", "40342009", "Thiamylal", (625,))
"""Thiamylal (SCT 40342009). Included from CID 625."""

Thiopental: Final[Code] = Code("SCT", "387448009", "Thiopental", (625,))
"""Thiopental (SCT 387448009). Included from CID 625."""

Tiletamine: Final[Code] = Code("SCT", "96265006", "Tiletamine", (625,))
"""Tiletamine (SCT 96265006). Included from CID 625."""

Tribromoethanol: Final[Code] = Code("SCT", "84386009", "Tribromoethanol", (625,))
"""Tribromoethanol (SCT 84386009). Included from CID 625."""

Urethane: Final[Code] = Code("SCT", "873008", "Urethane (ethyl carbamate)", (625,))
"""Urethane (ethyl carbamate) (SCT 873008). Included from CID 625."""

Xylazine: Final[Code] = Code("SCT", "96230006", "Xylazine", (625,))
"""Xylazine (SCT 96230006). Included from CID 625."""

Zolazepam: Final[Code] = Code("SCT", "96227004", "Zolazepam", (625,))
"""Zolazepam (SCT 96227004). Included from CID 625."""

Acepromazine: Final[Code] = Code("SCT", "96218000", "Acepromazine", (626,))
"""Acepromazine (SCT 96218000). Included from CID 626."""

Chlorpromazine: Final[Code] = Code("SCT", "387258005", "Chlorpromazine", (626,))
"""Chlorpromazine (SCT 387258005). Included from CID 626."""

Succinylcholine: Final[Code] = Code("SCT", "372724004", "Succinylcholine", (627,))
"""Succinylcholine (SCT 372724004). Included from CID 627."""

Pancuronium: Final[Code] = Code("SCT", "373738000", "Pancuronium", (627,))
"""Pancuronium (SCT 373738000). Included from CID 627."""

OxygenGas: Final[Code] = Code("SCT", "320917000", "Oxygen gas", (629,))
"""Oxygen gas (SCT 320917000). Included from CID 629."""

MedicalAir: Final[Code] = Code("SCT", "417696007", "Medical air", (629,))
"""Medical air (SCT 417696007). Included from CID 629."""

RoomAir: Final[Code] = Code("UMLS", "C3846005", "Room air", (629,))
"""Room air (UMLS C3846005). Included from CID 629."""

Bupivacaine: Final[Code] = Code("SCT", "387150008", "Bupivacaine", (630,))
"""Bupivacaine (SCT 387150008). Included from CID 630."""

LidocainePrilocaine: Final[Code] = Code("SCT", "346553009", "Lidocaine + Prilocaine", (630,))
"""Lidocaine + Prilocaine (SCT 346553009). Included from CID 630."""

Lidocaine: Final[Code] = Code("SCT", "387480006", "Lidocaine", (630,))
"""Lidocaine (SCT 387480006). Included from CID 630."""

MEMBERS: Final[tuple[Code, ...]] = (
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
