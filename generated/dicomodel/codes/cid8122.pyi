"""CID 8122 Microscopy Illuminator and Sensor Color.

Extensible, version 20100824, UID 1.2.840.10008.6.1.899.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FullSpectrum: _Final[_groups.Cid8122Code]
Infrared: _Final[_groups.Cid8122Code]
Red: _Final[_groups.Cid8122Code]
Green: _Final[_groups.Cid8122Code]
Blue: _Final[_groups.Cid8122Code]
Ultraviolet: _Final[_groups.Cid8122Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8122Code]]
