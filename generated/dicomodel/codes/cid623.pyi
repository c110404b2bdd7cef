"""CID 623 Medication for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1088.
Includes CID 624, CID 625, CID 626, CID 627, CID 628, CID 629, CID 630.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CarbonDioxide: _Final[_groups.Cid623Code]
Chloroform: _Final[_groups.Cid623Code]
Desflurane: _Final[_groups.Cid623Code]
DiethylEther: _Final[_groups.Cid623Code]
Enflurane: _Final[_groups.Cid623Code]
Halothane: _Final[_groups.Cid623Code]
Isoflurane: _Final[_groups.Cid623Code]
Methoxyflurane: _Final[_groups.Cid623Code]
NitrousOxide: _Final[_groups.Cid623Code]
Sevoflurane: _Final[_groups.Cid623Code]
Alphachloralose: _Final[_groups.Cid623Code]
Alphadolone: _Final[_groups.Cid623Code]
Alphaxalone: _Final[_groups.Cid623Code]
Azaperone: _Final[_groups.Cid623Code]
Butabarbital: _Final[_groups.Cid623Code]
ChloralHydrate: _Final[_groups.Cid623Code]
Diazepam: _Final[_groups.Cid623Code]
Droperidol: _Final[_groups.Cid623Code]
Etomidate: _Final[_groups.Cid623Code]
Fluanisone: _Final[_groups.Cid623Code]
Ketamine: _Final[_groups.Cid623Code]
Methohexital: _Final[_groups.Cid623Code]
Metomidate: _Final[_groups.Cid623Code]
Midazolam: _Final[_groups.Cid623Code]
Pentobarbital: _Final[_groups.Cid623Code]
Propofol: _Final[_groups.Cid623Code]
Thiamylal: _Final[_groups.Cid623Code]
Thiopental: _Final[_groups.Cid623Code]
Tiletamine: _Final[_groups.Cid623Code]
Tribromoethanol: _Final[_groups.Cid623Code]
Urethane: _Final[_groups.Cid623Code]
Xylazine: _Final[_groups.Cid623Code]
Zolazepam: _Final[_groups.Cid623Code]
Acepromazine: _Final[_groups.Cid623Code]
Chlorpromazine: _Final[_groups.Cid623Code]
Succinylcholine: _Final[_groups.Cid623Code]
Pancuronium: _Final[_groups.Cid623Code]
OxygenGas: _Final[_groups.Cid623Code]
MedicalAir: _Final[_groups.Cid623Code]
RoomAir: _Final[_groups.Cid623Code]
Bupivacaine: _Final[_groups.Cid623Code]
LidocainePrilocaine: _Final[_groups.Cid623Code]
Lidocaine: _Final[_groups.Cid623Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid623Code]]
