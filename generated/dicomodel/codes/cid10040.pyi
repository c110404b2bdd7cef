"""CID 10040 Radiopharmaceutical Organ Dose Reference Authority.

Extensible, version 20140419, UID 1.2.840.10008.6.1.972.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MIRDPamphlet1: _Final[_groups.Cid10040Code]
ICRPPublication53: _Final[_groups.Cid10040Code]
MIRDOSE: _Final[_groups.Cid10040Code]
OLINDAEXM: _Final[_groups.Cid10040Code]
PackageInsert: _Final[_groups.Cid10040Code]
InstitutionallyApprovedEstimates: _Final[_groups.Cid10040Code]
InvestigationalNewDrug: _Final[_groups.Cid10040Code]
ICRPPublication80: _Final[_groups.Cid10040Code]
ICRPPublication106: _Final[_groups.Cid10040Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10040Code]]
