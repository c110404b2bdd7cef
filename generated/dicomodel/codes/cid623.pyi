"""CID 623 Medication for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1088.
Includes CID 624, CID 625, CID 626, CID 627, CID 628, CID 629, CID 630.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
CarbonDioxide: _Final[_Code]
Chloroform: _Final[_Code]
Desflurane: _Final[_Code]
DiethylEther: _Final[_Code]
Enflurane: _Final[_Code]
Halothane: _Final[_Code]
Isoflurane: _Final[_Code]
Methoxyflurane: _Final[_Code]
NitrousOxide: _Final[_Code]
Sevoflurane: _Final[_Code]
Alphachloralose: _Final[_Code]
Alphadolone: _Final[_Code]
Alphaxalone: _Final[_Code]
Azaperone: _Final[_Code]
Butabarbital: _Final[_Code]
ChloralHydrate: _Final[_Code]
Diazepam: _Final[_Code]
Droperidol: _Final[_Code]
Etomidate: _Final[_Code]
Fluanisone: _Final[_Code]
Ketamine: _Final[_Code]
Methohexital: _Final[_Code]
Metomidate: _Final[_Code]
Midazolam: _Final[_Code]
Pentobarbital: _Final[_Code]
Propofol: _Final[_Code]
Thiamylal: _Final[_Code]
Thiopental: _Final[_Code]
Tiletamine: _Final[_Code]
Tribromoethanol: _Final[_Code]
Urethane: _Final[_Code]
Xylazine: _Final[_Code]
Zolazepam: _Final[_Code]
Acepromazine: _Final[_Code]
Chlorpromazine: _Final[_Code]
Succinylcholine: _Final[_Code]
Pancuronium: _Final[_Code]
OxygenGas: _Final[_Code]
MedicalAir: _Final[_Code]
RoomAir: _Final[_Code]
Bupivacaine: _Final[_Code]
LidocainePrilocaine: _Final[_Code]
Lidocaine: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
