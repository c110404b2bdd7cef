"""CID 6082 Gynecological Procedure.

Extensible, version 20040112, UID 1.2.840.10008.6.1.404.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EndometrialBiopsy: _Final[_groups.Cid6082Code]
Hysterectomy: _Final[_groups.Cid6082Code]
DilationAndCurettage: _Final[_groups.Cid6082Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6082Code]]
