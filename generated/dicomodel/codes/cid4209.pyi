"""CID 4209 Ophthalmic Anatomic Structure Imaged.

Extensible, version 20040921, UID 1.2.840.10008.6.1.325.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnteriorChamberOfEye: _Final[_groups.Cid4209Code]
BothEyes: _Final[_groups.Cid4209Code]
ChoroidOfEye: _Final[_groups.Cid4209Code]
CiliaryBody: _Final[_groups.Cid4209Code]
Conjunctiva: _Final[_groups.Cid4209Code]
Cornea: _Final[_groups.Cid4209Code]
Eye: _Final[_groups.Cid4209Code]
Eyelid: _Final[_groups.Cid4209Code]
FoveaCentralis: _Final[_groups.Cid4209Code]
Iris: _Final[_groups.Cid4209Code]
LacrimalCaruncle: _Final[_groups.Cid4209Code]
LacrimalGland: _Final[_groups.Cid4209Code]
LacrimalSac: _Final[_groups.Cid4209Code]
Lens: _Final[_groups.Cid4209Code]
LowerEyelid: _Final[_groups.Cid4209Code]
OphthalmicArtery: _Final[_groups.Cid4209Code]
OpticNerveHead: _Final[_groups.Cid4209Code]
Retina: _Final[_groups.Cid4209Code]
Sclera: _Final[_groups.Cid4209Code]
UpperEyelid: _Final[_groups.Cid4209Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4209Code]]
