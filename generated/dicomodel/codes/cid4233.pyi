"""CID 4233 Ophthalmic Axial Length Measurements Segment Name.

Extensible, version 20100623, UID 1.2.840.10008.6.1.879.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Cornea: _Final[_groups.Cid4233Code]
AnteriorChamber: _Final[_groups.Cid4233Code]
SingleOrAnteriorLens: _Final[_groups.Cid4233Code]
PosteriorLens: _Final[_groups.Cid4233Code]
VitreousCavity: _Final[_groups.Cid4233Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4233Code]]
