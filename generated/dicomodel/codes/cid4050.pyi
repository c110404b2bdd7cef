"""CID 4050 Drug or Contrast Agent Characteristic.

Extensible, version 20070124, UID 1.2.840.10008.6.1.313.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ActiveIngredient: _Final[_groups.Cid4050Code]
ActiveIngredientUndilutedConcentration: _Final[_groups.Cid4050Code]
ContrastBolusIngredientOpaque: _Final[_groups.Cid4050Code]
Volume: _Final[_groups.Cid4050Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4050Code]]
