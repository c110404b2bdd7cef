"""CID 8114 Specimen Fixative.

Extensible, version 20190124, UID 1.2.840.10008.6.1.1052.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NeutralBufferedFormalin: _Final[_groups.Cid8114Code]
BouinFluid: _Final[_groups.Cid8114Code]
Formalin: _Final[_groups.Cid8114Code]
CarnoyFluid: _Final[_groups.Cid8114Code]
FormolSublimate: _Final[_groups.Cid8114Code]
HellyFluid: _Final[_groups.Cid8114Code]
MichelMedium: _Final[_groups.Cid8114Code]
ZenkerFluid: _Final[_groups.Cid8114Code]
Paraformaldehyde: _Final[_groups.Cid8114Code]
AceticAcid: _Final[_groups.Cid8114Code]
Chloroform: _Final[_groups.Cid8114Code]
ChromiumTrioxide: _Final[_groups.Cid8114Code]
Ethanol: _Final[_groups.Cid8114Code]
Formaldehyde: _Final[_groups.Cid8114Code]
MercuricChloride: _Final[_groups.Cid8114Code]
Methanol: _Final[_groups.Cid8114Code]
OsmiumTetroxide: _Final[_groups.Cid8114Code]
PicricAcid: _Final[_groups.Cid8114Code]
PotassiumDichromate: _Final[_groups.Cid8114Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8114Code]]
