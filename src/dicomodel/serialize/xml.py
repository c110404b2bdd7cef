"""pydicom ``Dataset`` to and from the Native DICOM Model of PS3.19 Annex A (XML), losslessly.

Models go through a ``Dataset`` both ways, as for DICOM JSON (:mod:`.json`), so
XML, JSON and Part 10 share one mapping of values. The document is the
``<NativeDicomModel>`` of PS3.19 A.1 (schema: A.1.6), in its namespace:

- ``<DicomAttribute tag vr keyword>`` per element, ``tag`` 8 upper-case hex
  digits, ``keyword`` for the elements of the data dictionary (PS3.19 Table
  A.1.5-2). A reader takes the keyword as informative (the tag decides) and an
  absent ``vr`` (optional there) from the data dictionary.
- A private data element ``(gggg,xxee)`` is written ``tag="gggg00ee"`` with the
  ``privateCreator`` of its block (Table A.1.5-2: the block is not sent); a
  reader gives it back the block of that Private Creator in its data set, or the
  first free block when the creator is absent. One without a creator, or whose
  creator value two blocks share, keeps its full tag and no ``privateCreator``.
- Values are ``<Value number>``, numbered from 1; an empty value among several
  is an empty ``<Value>``, an attribute without value has no child (Table
  A.1.5-2). PN values are ``<PersonName number>`` with ``Alphabetic``,
  ``Ideographic``, ``Phonetic`` groups of ``FamilyName``, ``GivenName``,
  ``MiddleName``, ``NamePrefix``, ``NameSuffix`` (PS3.5 6.2.1). A group that is
  present but empty is an empty group element and an empty last component an
  empty component element, so ``"=Yamada"`` and ``"Doe^John^^"`` survive.
- AT values are 8 upper-case hex digits; DS and IS their original text; FL and
  FD the shortest text that reads back the same number (``NaN``, ``INF``,
  ``-INF`` as in XML Schema's ``double``).
- Binary VRs (OB OD OF OL OV OW UN) are ``<InlineBinary>`` base64 of the Value
  Field as PS3.5 encodes it (little endian), or ``<BulkData uri>`` when a
  writer's ``bulk_data`` hook gives a URI or the value was read by reference
  (:class:`~dicomodel.serialize.values.BulkDataURI`). A reader decodes UN as
  pydicom's reader does (by the VR it knows for the tag) and gives encapsulated
  Pixel Data its undefined length (PS3.5 A.4).
- Sequences are ``<Item number>`` holding ``DicomAttribute`` s; an empty item
  is an empty ``<Item>``.
- Text is Unicode: the document is UTF-8 whatever the data set's Specific
  Character Set, whose value is kept as it is (Table A.1.5-2: the Infoset's
  encoding, "regardless of any DICOM Specific Character Set"). A character XML
  1.0 cannot carry (C0 controls but tab, line feed and carriage return; lone
  surrogates) is refused; a carriage return is written ``&#13;`` so that
  parsers keep it.

Reading uses the standard library's expat, with the defences of the
generator's readers: a DOCTYPE (and so any DTD), an entity declaration, an
entity reference other than the five predefined ones and any external resource
are refused, elements nest at most :data:`MAX_XML_DEPTH` deep, and an element
holds at most :data:`~dicomodel.serialize.values.MAX_VALUES` values. Anything
malformed is one :class:`~dicomodel.errors.DicomFormatError` naming the
element, its attribute path and its line.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import warnings
from collections.abc import Callable
from datetime import date, time
from typing import Any, Final
from xml.parsers import expat

from pydicom import config
from pydicom.datadict import dictionary_VR, keyword_for_tag
from pydicom.dataelem import (
    DataElement,
    RawDataElement,
    convert_raw_data_element,
    empty_value_for_VR,
)
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag
from pydicom.uid import UID
from pydicom.valuerep import DA, DT, IS, TM, DSfloat, PersonName

from dicomodel.errors import DicomFormatError, tag_text
from dicomodel.serialize.values import (
    BINARY_VRS,
    KNOWN_VRS,
    MAX_DEPTH,
    MAX_VALUES,
    NUMBER_VRS,
    READ_ERRORS,
    BulkDataURI,
    make_element,
    several,
)
from dicomodel.vr import INTEGER_RANGES, dicom_text

__all__ = ["MAX_XML_DEPTH", "NAMESPACE", "BulkDataHook", "dataset_to_xml", "xml_to_dataset"]

NAMESPACE: Final = "http://dicom.nema.org/PS3.19/models/NativeDICOM"
"""The namespace of the Native DICOM Model (PS3.19 A.1.6)."""

MAX_XML_DEPTH: Final = 2 * MAX_DEPTH + 6
"""Elements nest at most this deep: two per sequence level (``DicomAttribute``,
``Item``) within :data:`~dicomodel.serialize.values.MAX_DEPTH` levels, plus the
root and a person name's group and component."""

BulkDataHook = Callable[[DataElement], "str | None"]
"""A writer's hook: the URI to write as ``<BulkData uri>`` for a binary element, or
``None`` to write its value inline."""

_PN_GROUPS: Final = ("Alphabetic", "Ideographic", "Phonetic")
_PN_COMPONENTS: Final = ("FamilyName", "GivenName", "MiddleName", "NamePrefix", "NameSuffix")
_DATE_CLASSES: dict[str, Callable[[str], Any]] = {"DA": DA, "DT": DT, "TM": TM}
_PIXEL_DATA: Final = 0x7FE00010
_ITEM_TAG: Final = b"\xfe\xff\x00\xe0"  # (FFFE,E000) little endian: an encapsulated item
_TAG: Final = re.compile(r"^[0-9A-Fa-f]{8}$")
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPACE: Final = re.compile(r"^[ \t\r\n]*$")
_DOUBLE_WORDS: Final = {"NaN": math.nan, "INF": math.inf, "-INF": -math.inf, "+INF": math.inf}


# -- Dataset -> XML -----------------------------------------------------------------------


def dataset_to_xml(dataset: Dataset, *, bulk_data: BulkDataHook | None = None) -> str:
    """A data set as a Native DICOM Model document (see the module docstring)."""
    writer = _Writer(bulk_data)
    writer.out.append(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<NativeDicomModel xmlns="{NAMESPACE}"'
        ' xml:space="preserve">\n'
    )
    writer.dataset(dataset, 0)
    writer.out.append("</NativeDicomModel>\n")
    return "".join(writer.out)


def _text(value: str) -> str:
    found = _NOT_XML.search(value)
    if found is not None:
        raise DicomFormatError(
            f"{value!r:.40} holds U+{ord(found.group()):04X}, which XML 1.0 cannot carry"
        )
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def _attribute(value: str) -> str:
    text = _text(value).replace('"', "&quot;")
    return text.replace("\t", "&#9;").replace("\n", "&#10;")


class _Writer:
    def __init__(self, bulk_data: BulkDataHook | None) -> None:
        self.bulk_data = bulk_data
        self.out: list[str] = []

    def dataset(self, dataset: Dataset, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise DicomFormatError(f"sequences nested deeper than {MAX_DEPTH} levels")
        if not isinstance(dataset, Dataset):
            raise DicomFormatError(f"a sequence item is a Dataset, not {type(dataset).__name__}")
        creators = _creators(dataset)
        for element in dataset:
            try:
                self.element(element, creators, depth)
            except DicomFormatError as error:
                raise DicomFormatError(
                    f"{tag_text(element.tag)} {element.keyword}: {error}"
                ) from None

    def element(self, element: DataElement, creators: dict[int, str], depth: int) -> None:
        tag = int(element.tag)
        vr = element.VR.split(" or ")[0]
        if vr not in KNOWN_VRS:
            raise DicomFormatError(f"unknown VR {vr!r}")
        group, number = tag >> 16, tag & 0xFFFF
        head = f'<DicomAttribute tag="{tag:08X}" vr="{vr}"'
        creator = creators.get(tag >> 8) if group % 2 and number >= 0x1000 else None
        if creator is not None:
            head = f'<DicomAttribute tag="{group:04X}00{number & 0xFF:02X}" vr="{vr}"'
            head += f' privateCreator="{_attribute(creator)}"'
        elif not group % 2:
            keyword = keyword_for_tag(tag)
            if keyword:
                head += f' keyword="{keyword}"'
        out = self.out
        value = element.value
        if isinstance(value, BulkDataURI):
            out.append(f'{head}>\n<BulkData uri="{_attribute(value.uri)}"/>\n</DicomAttribute>\n')
            return
        if vr == "SQ":
            if not isinstance(value, (list, Sequence)):
                raise DicomFormatError(f"a sequence holds items, not {type(value).__name__}")
            out.append(head + ">\n")
            for index, item in enumerate(value, 1):
                out.append(f'<Item number="{index}">\n')
                self.dataset(item, depth + 1)
                out.append("</Item>\n")
            out.append("</DicomAttribute>\n")
            return
        if vr in BINARY_VRS:
            out.append(head + ">\n")
            if isinstance(value, (bytes, bytearray)):
                uri = self.bulk_data(element) if self.bulk_data is not None else None
                if uri is not None and not isinstance(uri, str):
                    raise DicomFormatError(f"bulk_data gave {type(uri).__name__}, not a URI")
                if uri is not None:
                    out.append(f'<BulkData uri="{_attribute(uri)}"/>\n')
                elif value:
                    out.append(f"<InlineBinary>{base64.b64encode(value).decode()}</InlineBinary>\n")
            elif value is not None and not (isinstance(value, str) and value == ""):
                raise DicomFormatError(f"a {vr} value is bytes, not {type(value).__name__}")
            out.append("</DicomAttribute>\n")
            return
        out.append(head + ">\n")
        if vr == "PN":
            for index, item in enumerate(_values(value), 1):
                out.append(_person_name_xml(item, index))
        else:
            for index, item in enumerate(_values(value), 1):
                out.append(f'<Value number="{index}">{_value_text(item, vr)}</Value>\n')
        out.append("</DicomAttribute>\n")


def _creators(dataset: Dataset) -> dict[int, str]:
    """``gggg00xx`` -> the Private Creator of block ``xx`` of group ``gggg``, for the
    creators whose value no other block of the group shares (PS3.5 7.8.1)."""
    found: dict[int, str] = {}
    shared: set[tuple[int, str]] = set()
    seen: set[tuple[int, str]] = set()
    tags = dataset.keys()  # the tags only: iterating a Dataset would decode every element
    for tag in tags:
        group, number = tag >> 16, tag & 0xFFFF
        if group % 2 and 0x10 <= number <= 0xFF:
            value = dataset[tag].value
            if isinstance(value, str) and value:
                key = (group, value)
                (shared if key in seen else seen).add(key)
                found[(group << 8) | number] = value
    return {block: name for block, name in found.items() if (block >> 8, name) not in shared}


def _values(value: Any) -> list[Any]:
    if value is None or (isinstance(value, (str, PersonName)) and str(value) == ""):
        return []
    if isinstance(value, (MultiValue, list, tuple)):
        return list(value)
    return [value]


def _value_text(value: Any, vr: str) -> str:
    if value is None or (isinstance(value, str) and value == ""):
        return ""
    if vr == "AT":
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 0xFFFFFFFF:
            return f"{value:08X}"
    elif vr in {"DS", "IS"}:
        original = getattr(value, "original_string", None)
        if isinstance(original, str):
            return _text(original)
        if isinstance(value, (int, float, str)) and not isinstance(value, bool):
            return _text(str(value))
    elif vr in {"FL", "FD"}:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = float(value)
            if math.isnan(number):
                return "NaN"
            if math.isinf(number):
                return "INF" if number > 0 else "-INF"
            return repr(number)
    elif vr in NUMBER_VRS:
        if isinstance(value, int) and not isinstance(value, bool):
            return int.__repr__(value)
    elif isinstance(value, str):
        return _text(str.__str__(value))
    elif vr in _DATE_CLASSES and isinstance(value, (date, time)):
        return dicom_text(value)
    raise DicomFormatError(f"a {vr} value cannot be {type(value).__name__} ({value!r:.40})")


def _person_name_xml(value: Any, index: int) -> str:
    if isinstance(value, PersonName):
        groups = list(value.components)
    elif isinstance(value, str):
        groups = value.split("=")
    elif value is None:
        groups = []
    else:
        raise DicomFormatError(f"a PN value cannot be {type(value).__name__} ({value!r:.40})")
    if not any(groups) and len(groups) <= 1:
        return f'<PersonName number="{index}"/>\n'
    if len(groups) > len(_PN_GROUPS):
        raise DicomFormatError(f"a PN value has at most 3 component groups, not {len(groups)}")
    parts = [f'<PersonName number="{index}">\n']
    for name, group in zip(_PN_GROUPS, groups, strict=False):
        components = group.split("^")
        if len(components) > len(_PN_COMPONENTS):
            raise DicomFormatError(f"a PN group has at most 5 components: {group!r:.40}")
        if group == "":
            parts.append(f"<{name}/>\n")
            continue
        parts.append(f"<{name}>\n")
        last = len(components) - 1
        for position, (tag, text) in enumerate(zip(_PN_COMPONENTS, components, strict=False)):
            if text:
                parts.append(f"<{tag}>{_text(text)}</{tag}>\n")
            elif position == last:  # an empty last component: keep the count
                parts.append(f"<{tag}/>\n")
        parts.append(f"</{name}>\n")
    parts.append("</PersonName>\n")
    return "".join(parts)


# -- XML -> tree ----------------------------------------------------------------------------


class _Node:
    """One element of the document: local name, attributes, children, text and line."""

    __slots__ = ("attributes", "children", "line", "name", "text")

    def __init__(self, name: str, attributes: dict[str, str], line: int) -> None:
        self.name = name
        self.attributes = attributes
        self.children: list[_Node] = []
        self.text: list[str] = []
        self.line = line

    def content(self) -> str:
        return "".join(self.text)


class _TreeBuilder:
    """A tree of the document by expat, refusing what a Native DICOM Model never needs."""

    def __init__(self) -> None:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.buffer_text = True
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.entity
        parser.UnparsedEntityDeclHandler = self.entity
        parser.ExternalEntityRefHandler = self.external
        self.parser = parser
        self.root: _Node | None = None
        self.stack: list[_Node] = []

    def _where(self) -> str:
        return f"line {self.parser.CurrentLineNumber}"

    def start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        if namespace and namespace != NAMESPACE:
            raise DicomFormatError(
                f"{self._where()}: <{local}> is in namespace {namespace!r}, not {NAMESPACE!r}"
            )
        if len(self.stack) >= MAX_XML_DEPTH:
            raise DicomFormatError(
                f"{self._where()}: <{local}> nested deeper than {MAX_XML_DEPTH} elements"
            )
        node = _Node(local, attributes, self.parser.CurrentLineNumber)
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def end(self, name: str) -> None:
        self.stack.pop()

    def characters(self, text: str) -> None:
        if self.stack:
            self.stack[-1].text.append(text)

    def doctype(self, name: str, *_: Any) -> None:
        raise DicomFormatError(f"{self._where()}: a DOCTYPE ({name}) is refused: no DTD is read")

    def entity(self, name: str, *_: Any) -> None:
        raise DicomFormatError(f"{self._where()}: the entity declaration {name!r} is refused")

    def external(self, context: str | None, base: str | None, system: str | None, *_: Any) -> int:
        raise DicomFormatError(f"{self._where()}: the external resource {system!r} is refused")

    def parse(self, text: str | bytes) -> _Node:
        try:
            self.parser.Parse(text, True)
        except expat.ExpatError as error:
            code = getattr(error, "code", None)
            where = f"line {error.lineno}, column {error.offset + 1}"
            if code == expat.errors.codes[expat.errors.XML_ERROR_UNDEFINED_ENTITY]:
                raise DicomFormatError(
                    f"{where}: an entity reference other than &amp; &lt; &gt; &quot; &apos;"
                    " is refused"
                ) from None
            raise DicomFormatError(f"{where}: not well-formed XML: {error}") from None
        except RecursionError:
            raise DicomFormatError("XML nested too deeply") from None
        assert self.root is not None  # expat refuses a document without root
        return self.root


# -- tree -> Dataset ----------------------------------------------------------------------


def xml_to_dataset(
    text: str | bytes, *, bulk_data: Callable[[str], bytes] | None = None
) -> Dataset:
    """A pydicom ``Dataset`` of a Native DICOM Model document, values as pydicom's
    reader makes them. ``BulkData`` is kept as a
    :class:`~dicomodel.serialize.values.BulkDataURI` unless ``bulk_data`` fetches it."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise DicomFormatError(
            f"Native DICOM Model XML is text or bytes, not {type(text).__name__}"
        )
    root = _TreeBuilder().parse(text)
    if root.name != "NativeDicomModel":
        raise DicomFormatError(
            f"line {root.line}: the root is <{root.name}>, not <NativeDicomModel>"
        )
    # xml:space, and attributes of other namespaces (xsi:schemaLocation), are allowed.
    unknown = {name for name in root.attributes if " " not in name}
    if unknown:
        raise DicomFormatError(
            f"line {root.line}: <NativeDicomModel> has no attribute {sorted(unknown)[0]!r}"
        )
    return _Decoder(bulk_data).dataset(root, "", 0)


def _where(path: str, node: _Node) -> str:
    return (
        f"line {node.line}: <{node.name}> of {path}" if path else f"line {node.line}: <{node.name}>"
    )


class _Decoder:
    def __init__(self, bulk_data: Callable[[str], bytes] | None) -> None:
        self.bulk_data = bulk_data

    def dataset(self, parent: _Node, path: str, depth: int) -> Dataset:
        if depth > MAX_DEPTH:
            raise DicomFormatError(
                f"line {parent.line}: sequences nested deeper than {MAX_DEPTH} levels"
            )
        _no_text(parent, path)
        dataset = Dataset()
        private: list[tuple[_Node, int, str, str]] = []
        creators: dict[tuple[int, str], int] = {}
        for node in parent.children:
            if node.name != "DicomAttribute":
                inside = f" in {path}" if path else ""
                raise DicomFormatError(
                    f"line {node.line}: <{node.name}>{inside} where a <DicomAttribute> belongs"
                )
            tag, vr, creator = _head(node, path)
            if creator is not None:
                private.append((node, tag, vr, creator))
                continue
            group, number = tag >> 16, tag & 0xFFFF
            where = _join(path, keyword_for_tag(tag) or tag_text(tag))
            if tag in dataset:
                raise DicomFormatError(f"line {node.line}: {where} {tag_text(tag)} appears twice")
            element = _unknown(self.element(node, tag, vr, where, depth), vr, dataset)
            if group % 2 and 0x10 <= number <= 0xFF and isinstance(element.value, str):
                creators.setdefault((group, element.value), number)
            dataset.add(element)
        for node, tag, vr, creator in private:
            group, number = tag >> 16, tag & 0xFFFF
            if number > 0xFF:  # a full private tag beside its creator's name: taken as it is
                full = tag
            else:
                block = creators.get((group, creator))
                if block is None:
                    block = _free_block(dataset, group, node)
                    creators[(group, creator)] = block
                    dataset.add(make_element((group << 16) | block, "LO", creator))
                full = (group << 16) | (block << 8) | number
            where = _join(path, tag_text(full))
            if full in dataset:
                raise DicomFormatError(f"line {node.line}: {where} appears twice")
            dataset.add(_unknown(self.element(node, full, vr, where, depth), vr, dataset))
        return dataset  # pydicom iterates in tag order, private elements added last or not

    def element(self, node: _Node, tag: int, vr: str, where: str, depth: int) -> DataElement:
        _no_text(node, where)
        children = node.children
        if not children:
            return make_element(tag, vr, Sequence() if vr == "SQ" else empty_value_for_VR(vr))
        kind = children[0].name
        for child in children:
            if child.name != kind:
                raise DicomFormatError(
                    f"{_where(where, child)} beside <{kind}>: an attribute holds one kind of value"
                )
        if kind in {"BulkData", "InlineBinary"}:
            if len(children) > 1:
                raise DicomFormatError(f"{_where(where, children[1])}: only one is allowed")
            return self.binary(children[0], tag, vr, where)
        if len(children) > MAX_VALUES:
            raise DicomFormatError(
                f"line {node.line}: {where}: {len(children)} values, more than {MAX_VALUES}"
            )
        expected = "Item" if vr == "SQ" else "PersonName" if vr == "PN" else "Value"
        if kind != expected or vr in BINARY_VRS:
            allowed = "InlineBinary or BulkData" if vr in BINARY_VRS else f"<{expected}>"
            raise DicomFormatError(f"{_where(where, children[0])}: VR {vr} takes {allowed}")
        ordered = _numbered(children, where)
        if vr == "SQ":
            items = [
                self.dataset(item, f"{where}[{index}]", depth + 1)
                for index, item in enumerate(ordered)
            ]
            return make_element(tag, vr, Sequence(items))
        if vr == "PN":
            values = [_person_name(item, f"{where}[{i}]") for i, item in enumerate(ordered)]
        else:
            values = [_decode(vr, item, f"{where}[{i}]") for i, item in enumerate(ordered)]
        return make_element(tag, vr, several(values, vr))

    def binary(self, node: _Node, tag: int, vr: str, where: str) -> DataElement:
        if node.name == "InlineBinary":
            if vr not in BINARY_VRS:
                raise DicomFormatError(
                    f"{_where(where, node)}: InlineBinary is for OB, OD, OF, OL, OV, OW and UN,"
                    f" not {vr}"
                )
            if node.children:
                raise DicomFormatError(f"{_where(where, node.children[0])}: InlineBinary is text")
            try:
                data = base64.b64decode("".join(node.content().split()), validate=True)
            except (binascii.Error, ValueError) as error:
                raise DicomFormatError(f"{_where(where, node)}: not base64: {error}") from None
            # Encapsulated Pixel Data is a sequence of items of undefined length (PS3.5 A.4).
            encapsulated = tag == _PIXEL_DATA and data.startswith(_ITEM_TAG)
            return make_element(tag, vr, data, undefined_length=encapsulated)
        uri = node.attributes.get("uri")
        if uri is None and "uuid" in node.attributes:
            uri = f"urn:uuid:{node.attributes['uuid']}"
        if uri is None:
            raise DicomFormatError(f"{_where(where, node)}: BulkData has a uri or uuid attribute")
        if self.bulk_data is None:
            return make_element(tag, vr, BulkDataURI(uri))
        if vr not in BINARY_VRS:
            raise DicomFormatError(
                f"{_where(where, node)}: BulkData is fetched for OB, OD, OF, OL, OV, OW and UN,"
                f" not {vr}"
            )
        fetched = self.bulk_data(uri)
        if not isinstance(fetched, bytes):
            raise DicomFormatError(f"{_where(where, node)}: bulk data of {uri!r} is not bytes")
        return make_element(tag, vr, fetched)


def _unknown(element: DataElement, vr: str, dataset: Dataset) -> DataElement:
    """A UN element as pydicom's reader holds it: by the VR of its data dictionary entry
    or Private Creator where pydicom knows one (``config.replace_un_with_known_vr``;
    the value is then decoded as PS3.5 6.2.2 encodes it, Implicit VR Little Endian)."""
    value = element.value
    if vr != "UN" or isinstance(value, BulkDataURI):
        return element
    if not isinstance(value, bytes) or not value:  # empty: by the VR DataElement chose
        return make_element(element.tag, element.VR, empty_value_for_VR(element.VR))
    raw = RawDataElement(BaseTag(element.tag), "UN", len(value), value, 0, True, True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            converted = convert_raw_data_element(raw, encoding=dataset._character_set, ds=dataset)
    except READ_ERRORS:
        converted = make_element(element.tag, "UN", value)
        converted.VR = "UN"  # the value cannot be read by the VR pydicom would choose
    return converted


def _head(node: _Node, path: str) -> tuple[int, str, str | None]:
    """The tag, VR and Private Creator of a ``DicomAttribute`` (PS3.19 Table A.1.5-2)."""
    attributes = node.attributes
    unknown = set(attributes) - {"tag", "vr", "keyword", "privateCreator"}
    where = f" in {path}" if path else ""
    if unknown:
        raise DicomFormatError(
            f"line {node.line}: <DicomAttribute>{where} has no attribute {sorted(unknown)[0]!r}"
        )
    tag_value = attributes.get("tag")
    if tag_value is None or not _TAG.match(tag_value):
        raise DicomFormatError(
            f"line {node.line}: <DicomAttribute>{where}: tag {tag_value!r} is not 8 hex digits"
        )
    tag = int(tag_value, 16)
    vr = attributes.get("vr")
    if vr is None:  # optional in Table A.1.5-2: the data dictionary's (PS3.6), else UN
        vr = _dictionary_vr(tag)
    if vr not in KNOWN_VRS:
        raise DicomFormatError(
            f"line {node.line}: <DicomAttribute tag={tag_value!r}>{where}: unknown VR {vr!r}"
        )
    creator = attributes.get("privateCreator")
    if creator is not None and not (tag >> 16) % 2:
        raise DicomFormatError(
            f"line {node.line}: <DicomAttribute tag={tag_value!r}>{where}: privateCreator"
            " on a standard attribute (even group)"
        )
    return tag, vr, creator


def _dictionary_vr(tag: int) -> str:
    group, number = tag >> 16, tag & 0xFFFF
    if group % 2:
        return "LO" if 0x10 <= number <= 0xFF else "UN"  # Private Creator: PS3.5 7.8.1
    try:
        return str(dictionary_VR(tag)).split(" or ")[0]
    except KeyError:
        return "UN"


def _numbered(children: list[_Node], where: str) -> list[_Node]:
    """The children in the order of their ``number`` attribute, which counts from 1."""
    ordered: list[_Node | None] = [None] * len(children)
    for child in children:
        number = child.attributes.get("number")
        if number is None or not number.isdigit() or not 1 <= int(number) <= len(children):
            raise DicomFormatError(
                f"{_where(where, child)}: number {number!r} is not 1 to {len(children)}"
            )
        if ordered[int(number) - 1] is not None:
            raise DicomFormatError(f"{_where(where, child)}: number {number} appears twice")
        ordered[int(number) - 1] = child
        unknown = set(child.attributes) - {"number"}
        if unknown:
            raise DicomFormatError(f"{_where(where, child)}: no attribute {sorted(unknown)[0]!r}")
    return [child for child in ordered if child is not None]


def _no_text(node: _Node, where: str) -> None:
    if node.text and not _SPACE.match(node.content()):
        raise DicomFormatError(
            f"{_where(where, node)}: text {node.content().strip()!r:.40} where only elements belong"
        )


def _leaf(node: _Node, where: str) -> str:
    if node.children:
        raise DicomFormatError(f"{_where(where, node.children[0])}: <{node.name}> holds text only")
    return node.content()


def _decode(vr: str, node: _Node, where: str) -> Any:
    """One ``<Value>`` as pydicom's reader would hold it for ``vr``."""
    text = _leaf(node, where)
    try:
        if vr in NUMBER_VRS:
            return _binary_number(vr, text)
        if text == "":
            return ""
        if vr == "AT":
            if not _TAG.match(text):
                raise DicomFormatError(f"an AT value is 8 hex digits, not {text!r:.40}")
            return BaseTag(int(text, 16))
        if vr in {"DS", "IS"}:
            return _number_string(vr, text)
        if vr == "UI":
            return UID(text)
        if vr in _DATE_CLASSES and config.datetime_conversion:
            try:
                return _DATE_CLASSES[vr](text)
            except ValueError:
                return text
        return text
    except DicomFormatError as error:
        raise DicomFormatError(f"{_where(where, node)}: {error}") from None


def _binary_number(vr: str, text: str) -> int | float:
    word = text.strip()
    if vr in {"FL", "FD"}:
        if word in _DOUBLE_WORDS:
            return _DOUBLE_WORDS[word]
        try:
            number = float(word)
        except ValueError:
            raise DicomFormatError(f"a {vr} value is a number, not {text!r:.40}") from None
        if not math.isfinite(number) and word.lower().lstrip("+-") not in {"inf", "infinity"}:
            raise DicomFormatError(f"a {vr} value {text!r:.40} is too large")
        return number
    if not re.fullmatch(r"[+-]?[0-9]{1,20}", word):
        raise DicomFormatError(f"a {vr} value is an integer, not {text!r:.40}")
    value = int(word)
    low, high = INTEGER_RANGES[vr]
    if not low <= value <= high:
        raise DicomFormatError(f"{vr} value {value} is outside {low}..{high}")
    return value


def _number_string(vr: str, text: str) -> Any:
    """A DS or IS value from its text, kept as the text when it is not a number (as
    pydicom's reader keeps an invalid number string)."""
    try:
        if vr == "IS":
            return IS(text, validation_mode=config.IGNORE)
        return DSfloat(text, validation_mode=config.IGNORE)
    except (ValueError, TypeError, OverflowError):
        return text


def _person_name(node: _Node, where: str) -> PersonName | str:
    _no_text(node, where)
    groups: list[str | None] = [None, None, None]
    for group in node.children:
        if group.name not in _PN_GROUPS:
            raise DicomFormatError(
                f"{_where(where, group)}: a PersonName holds Alphabetic, Ideographic, Phonetic"
            )
        index = _PN_GROUPS.index(group.name)
        if groups[index] is not None:
            raise DicomFormatError(f"{_where(where, group)} appears twice")
        _no_text(group, where)
        components: list[str | None] = [None] * len(_PN_COMPONENTS)
        for component in group.children:
            if component.name not in _PN_COMPONENTS:
                raise DicomFormatError(
                    f"{_where(where, component)}: a name group holds {', '.join(_PN_COMPONENTS)}"
                )
            position = _PN_COMPONENTS.index(component.name)
            if components[position] is not None:
                raise DicomFormatError(f"{_where(where, component)} appears twice")
            components[position] = _leaf(component, where)
        count = max((i + 1 for i, part in enumerate(components) if part is not None), default=0)
        groups[index] = "^".join(part or "" for part in components[:count])
    count = max((i + 1 for i, group in enumerate(groups) if group is not None), default=0)
    text = "=".join(group or "" for group in groups[:count])
    return PersonName(text) if text else ""


def _free_block(dataset: Dataset, group: int, node: _Node) -> int:
    for block in range(0x10, 0x100):
        if (group << 16) | block not in dataset:
            return block
    raise DicomFormatError(f"line {node.line}: group {group:04X} has no free private block")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
