"""CID 4211 Ophthalmic OCT Anatomic Structure Imaged.

Extensible, version 20071016, UID 1.2.840.10008.6.1.327.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnteriorChamberOfEye: _Final[_groups.Cid4211Code]
ChoroidOfEye: _Final[_groups.Cid4211Code]
CiliaryBody: _Final[_groups.Cid4211Code]
Conjunctiva: _Final[_groups.Cid4211Code]
Cornea: _Final[_groups.Cid4211Code]
Iris: _Final[_groups.Cid4211Code]
Lens: _Final[_groups.Cid4211Code]
OpticNerveHead: _Final[_groups.Cid4211Code]
Retina: _Final[_groups.Cid4211Code]
Sclera: _Final[_groups.Cid4211Code]
Vitreous: _Final[_groups.Cid4211Code]
CornealEpithelium: _Final[_groups.Cid4211Code]
CornealEndothelium: _Final[_groups.Cid4211Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4211Code]]
