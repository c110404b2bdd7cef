"""CID 6038 Mammography Qualitative Temporal Difference Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.368.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DifferenceInShape: _Final[_groups.Cid6038Code]
DifferenceInMargin: _Final[_groups.Cid6038Code]
DifferenceInSymmetry: _Final[_groups.Cid6038Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6038Code]]
