"""CID 4410 Topical Treatment.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1478.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Immunomodulator: _Final[_groups.Cid4410Code]
Antifungal: _Final[_groups.Cid4410Code]
Antibiotic: _Final[_groups.Cid4410Code]
Steroid: _Final[_groups.Cid4410Code]
CytotoxicAgent: _Final[_groups.Cid4410Code]
KeratolyticAgent: _Final[_groups.Cid4410Code]
HemostaticAgent: _Final[_groups.Cid4410Code]
Tretinoin: _Final[_groups.Cid4410Code]
AscorbicAcid: _Final[_groups.Cid4410Code]
AluminumHydroxide: _Final[_groups.Cid4410Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4410Code]]
