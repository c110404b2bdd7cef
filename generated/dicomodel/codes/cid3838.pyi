"""CID 3838 Diameter Derivation.

Extensible, version 20051103, UID 1.2.840.10008.6.1.288.
Includes CID 3488.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Transverse: _Final[_groups.Cid3838Code]
AnteriorPosterior: _Final[_groups.Cid3838Code]
Maximum: _Final[_groups.Cid3838Code]
Minimum: _Final[_groups.Cid3838Code]
Mean: _Final[_groups.Cid3838Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3838Code]]
