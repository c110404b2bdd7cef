"""CID 9528 Brachytherapy Isotope.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1238.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V137Cesium: _Final[_groups.Cid9528Code]
V131Cesium: _Final[_groups.Cid9528Code]
V192Iridium: _Final[_groups.Cid9528Code]
V125Iodine: _Final[_groups.Cid9528Code]
V103Palladium: _Final[_groups.Cid9528Code]
V252Californium: _Final[_groups.Cid9528Code]
V60Cobalt: _Final[_groups.Cid9528Code]
V226Radium: _Final[_groups.Cid9528Code]
V90Yttrium: _Final[_groups.Cid9528Code]
V198Gold: _Final[_groups.Cid9528Code]
V32Phosphorus: _Final[_groups.Cid9528Code]
V222Radon: _Final[_groups.Cid9528Code]
V90Strontium: _Final[_groups.Cid9528Code]
V106Ruthenium: _Final[_groups.Cid9528Code]
V169Ytterbium: _Final[_groups.Cid9528Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9528Code]]
