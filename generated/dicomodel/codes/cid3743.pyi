"""CID 3743 Clopidogrel/Ticlopidine Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.240.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NotAdministered: _Final[_groups.Cid3743Code]
Contraindicated: _Final[_groups.Cid3743Code]
AdministeredLessThan72HoursBeforePCI: _Final[_groups.Cid3743Code]
AdministeredAfterPercutaneousCoronaryIntervention: _Final[_groups.Cid3743Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3743Code]]
