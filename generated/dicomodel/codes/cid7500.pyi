"""CID 7500 Neighbourhood Grey Tone Difference Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1273.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CoarsenessOfNGTDM: _Final[_groups.Cid7500Code]
ContrastOfNGTDM: _Final[_groups.Cid7500Code]
BusynessOfNGTDM: _Final[_groups.Cid7500Code]
ComplexityOfNGTDM: _Final[_groups.Cid7500Code]
StrengthOfNGTDM: _Final[_groups.Cid7500Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7500Code]]
