"""CID 6065 Instrument Approach.

Extensible, version 20160314, UID 1.2.840.10008.6.1.394.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Medial: _Final[_groups.Cid6065Code]
Lateral: _Final[_groups.Cid6065Code]
Superior: _Final[_groups.Cid6065Code]
Inferior: _Final[_groups.Cid6065Code]
InferolateralToSuperomedial: _Final[_groups.Cid6065Code]
InferomedialToSuperolateral: _Final[_groups.Cid6065Code]
SuperolateralToInferomedial: _Final[_groups.Cid6065Code]
SuperomedialToInferolateral: _Final[_groups.Cid6065Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6065Code]]
