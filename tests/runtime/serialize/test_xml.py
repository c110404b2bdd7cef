"""Native DICOM Model XML (PS3.19 Annex A): lossless both ways, every VR group, refusals.

Round trips run over every file of pydicom's corpus (as ``test_files.py`` does for
JSON): XML -> model equals the model, writes the same Dataset element by element and
the same bytes, and the same XML text. The VR groups of PS3.19 A.1 are proven on
built objects; the reader's defences on hostile documents.
"""

from __future__ import annotations

import math
import random
import re
import warnings
from pathlib import Path

import pydicom
import pytest
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.filebase import DicomBytesIO
from pydicom.filereader import read_dataset
from pydicom.sequence import Sequence
from pydicom.valuerep import PersonName

import dicomodel
from dicomodel.errors import DicomFormatError, DicomodelError, DicomValidationError
from dicomodel.iods import CTImage, SecondaryCaptureImage
from dicomodel.model import DicomModel
from dicomodel.serialize import BulkDataURI, model_class, read
from dicomodel.serialize.xml import MAX_XML_DEPTH, NAMESPACE, dataset_to_xml, xml_to_dataset
from tests.runtime.serialize import builders
from tests.runtime.serialize.helpers import decode_all, element_diffs, encoded
from tests.runtime.serialize.test_files import CONFORMANT, FILES

HEAD = f'<NativeDicomModel xmlns="{NAMESPACE}">'
CT_SOP = '<DicomAttribute tag="00080016" vr="UI"><Value number="1">1.2.840.10008.5.1.4.1.1.2</Value></DicomAttribute>'  # noqa: E501


def _load(path: Path) -> tuple[Dataset, type[DicomModel]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dataset = decode_all(pydicom.dcmread(path, force=True))
    try:
        cls = model_class(dataset)
    except DicomodelError:  # no SOP Class UID: the elements all become extras of some model
        cls = SecondaryCaptureImage
    return dataset, cls


def _round_trip(dataset: Dataset) -> Dataset:
    return xml_to_dataset(dataset_to_xml(dataset))


def _defined_lengths(dataset: Dataset) -> Dataset:
    """The data set with every sequence and item of defined length."""
    for element in dataset:
        if element.VR == "SQ":
            element.is_undefined_length = False
            for item in element.value:
                item.is_undefined_length_sequence_item = False
                _defined_lengths(item)
    return dataset


def _as_read(dataset: Dataset) -> Dataset:
    """A built data set as pydicom's reader gives it back (the form the XML reader makes)."""
    data = DicomBytesIO(encoded(dataset, False, True))
    return decode_all(read_dataset(data, is_implicit_VR=False, is_little_endian=True))


# -- the corpus ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_xml_round_trip_is_exact(path: Path) -> None:
    dataset, cls = _load(path)
    model = read(dataset, strict=False, model=cls)
    text = model.to_xml(check=False)
    again = cls.from_xml(text, strict=False)
    assert again == model
    written, rewritten = model.to_dataset(check=False), again.to_dataset(check=False)
    assert element_diffs(written, rewritten) == []
    implicit, little = dataset.original_encoding
    if implicit is None or little is None:
        implicit, little = False, True
    # The same bytes, sequences written with defined lengths: a Native DICOM Model holds
    # items, not how their lengths were encoded (PS3.19 A.1; nor does DICOM JSON).
    defined = _defined_lengths(written)
    assert encoded(rewritten, implicit, little) == encoded(defined, implicit, little)
    assert again.to_xml(check=False) == text
    assert again.dicom_issues == model.dicom_issues
    if path.name in CONFORMANT:
        assert cls.from_xml(text.encode("utf-8")) == model  # strict, from bytes


def test_read_takes_xml_text_bytes_paths_and_files(tmp_path: Path) -> None:
    model = builders.ct_image()
    text = model.to_xml()
    path = tmp_path / "ct.xml"
    path.write_text(text, encoding="utf-8")
    with path.open("rb") as file:
        from_file = dicomodel.read(file)
    for source in (text, text.encode(), path, str(path)):
        assert dicomodel.read(source) == model
    assert from_file == model
    assert type(dicomodel.read(text)) is CTImage  # chosen by the SOP Class UID
    broken = tmp_path / "broken.xml"
    broken.write_text(text.replace("</NativeDicomModel>", ""), encoding="utf-8")
    with pytest.raises(DicomFormatError, match=r"broken\.xml: line \d+, column \d+: not well"):
        dicomodel.read(broken)


def test_text_in_any_character_set_is_utf8_and_keeps_its_specific_character_set() -> None:
    path = next(path for path in FILES if path.name == "chrRuss.dcm")
    model = read(path, strict=False)
    text = model.to_xml(check=False)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert "Люкceмбypг" in text  # noqa: RUF001 - ISO_IR 144 (Cyrillic) in the file, Unicode here
    assert '<Value number="1">ISO_IR 144</Value>' in text
    assert type(model).from_xml(text.encode("utf-8"), strict=False) == model


# -- every VR group of PS3.19 A.1 -----------------------------------------------------------


def test_person_names_keep_groups_and_components() -> None:
    dataset = Dataset()
    dataset.SpecificCharacterSet = "ISO_IR 192"
    dataset.PatientName = "Yamada^Tarou^Q^Dr^Jr=山田^太郎=やまだ^たろう"
    dataset.ReferringPhysicianName = "Doe^John^^"  # an empty last component
    dataset.PerformingPhysicianName = ["=山田", "", "^Ann"]  # empty group, empty value
    dataset.OperatorsName = "Doe==やまだ"
    dataset.NameOfPhysiciansReadingStudy = ""
    dataset = _as_read(dataset)
    text = dataset_to_xml(dataset)
    assert "<FamilyName>山田</FamilyName>" in text
    assert "<NamePrefix>Dr</NamePrefix>\n<NameSuffix>Jr</NameSuffix>" in text
    assert '<PersonName number="2"/>' in text
    back = xml_to_dataset(text)
    assert str(back.PatientName) == "Yamada^Tarou^Q^Dr^Jr=山田^太郎=やまだ^たろう"
    assert back.PatientName.ideographic == "山田^太郎"
    assert str(back.ReferringPhysicianName) == "Doe^John^^"
    assert [str(name) for name in back.PerformingPhysicianName] == ["=山田", "", "^Ann"]
    assert back.OperatorsName.phonetic == "やまだ"
    assert back.NameOfPhysiciansReadingStudy == ""
    assert element_diffs(dataset, back) == []


def test_numbers_several_values_at_and_binary_vrs() -> None:
    dataset = Dataset()
    dataset.add_new(0x00181310, "US", [0, 256, 256, 0])  # Acquisition Matrix, US VM 4
    dataset.add_new(0x00189089, "FD", [0.1, -1e-300, 2.0])  # Diffusion Gradient Orientation
    dataset.add_new(0x00189087, "FD", math.inf)  # Diffusion b-value
    dataset.add_new(0x00186028, "FL", [math.nan])  # not its VR's use, but its encoding
    dataset.add_new(0x00280009, "AT", [0x00181063, 0x00540010])  # Frame Increment Pointer
    dataset.add_new(0x00280106, "SS", -32768)
    dataset.add_new(0x0072007A, "SV", [-(2**63), 2**63 - 1])
    dataset.add_new(0x00720082, "UV", [2**64 - 1])
    dataset.add_new(0x00281201, "OW", b"\x01\x00\x02\x00")
    dataset.add_new(0x00660040, "OL", b"\x01\x00\x00\x00")
    dataset.add_new(0x00660041, "OV", b"\x00" * 8)
    dataset.add_new(0x7FE00008, "OF", b"\x00\x00\x80\x3f")
    dataset.add_new(0x7FE00009, "OD", b"\x00" * 8)
    dataset.add_new(0x00420011, "OB", b"")
    dataset.add_new(0x00091001, "UN", b"\x00\x01\x02")
    dataset.add_new(0x00200032, "DS", ["1.50", "-0", "+1e3"])  # original text kept
    dataset.add_new(0x00200013, "IS", "0012")
    dataset = _as_read(dataset)
    text = dataset_to_xml(dataset)
    assert '<Value number="1">00181063</Value>\n<Value number="2">00540010</Value>' in text
    assert '<Value number="1">INF</Value>' in text
    assert '<Value number="1">NaN</Value>' in text
    assert "<InlineBinary>AQACAA==</InlineBinary>" in text
    assert '<Value number="1">1.50</Value>' in text
    assert '<Value number="3">+1e3</Value>' in text
    back = xml_to_dataset(text)
    assert back[0x00189089].value == [0.1, -1e-300, 2.0]
    assert math.isnan(back[0x00186028].value)
    del dataset[0x00186028], back[0x00186028]  # NaN is not equal to itself
    assert element_diffs(dataset, back) == []


def test_sequences_items_empty_items_and_empty_values() -> None:
    item = Dataset()
    item.CodeValue = "T-D1100"
    item.CodeMeaning = "Head & <Neck>"  # escaped, not markup
    dataset = Dataset()
    dataset.AnatomicRegionSequence = Sequence([item, Dataset()])
    dataset.ReferencedImageSequence = Sequence()
    dataset.ImageType = ["ORIGINAL", "", "AXIAL"]  # an empty value among several
    dataset.AccessionNumber = None
    dataset.ImageComments = "line one\r\nline two\tend"  # CR survives parsers
    dataset = _as_read(dataset)
    text = dataset_to_xml(dataset)
    assert '<Item number="2">\n</Item>' in text
    assert "Head &amp; &lt;Neck&gt;" in text
    assert "&#13;" in text
    assert '<Value number="2"></Value>' in text
    back = _round_trip(dataset)
    assert len(back.AnatomicRegionSequence) == 2
    assert len(back.AnatomicRegionSequence[1]) == 0
    assert back.ReferencedImageSequence == Sequence()
    assert back.ImageComments == "line one\r\nline two\tend"
    assert element_diffs(dataset, back) == []


def test_private_elements_are_written_by_their_creator_block() -> None:
    dataset = Dataset()
    first = dataset.private_block(0x0009, "ACME 1.0", create=True)
    first.add_new(0x01, "LO", "one")
    second = dataset.private_block(0x0009, "OTHER", create=True)
    second.add_new(0x01, "SH", "two")
    dataset.add_new(0x00111005, "LO", "orphan")  # no creator: kept by its full tag
    dataset = _as_read(dataset)
    text = dataset_to_xml(dataset)
    assert '<DicomAttribute tag="00090001" vr="LO" privateCreator="ACME 1.0">' in text
    assert '<DicomAttribute tag="00090001" vr="SH" privateCreator="OTHER">' in text
    assert '<DicomAttribute tag="00111005" vr="LO">' in text
    back = xml_to_dataset(text)
    assert element_diffs(dataset, back) == []
    # A creator the document names but does not hold gets the first free block.
    alone = HEAD + (
        '<DicomAttribute tag="00290010" vr="LO"><Value number="1">TAKEN</Value></DicomAttribute>'
        '<DicomAttribute tag="00290002" vr="US" privateCreator="NEW"><Value number="1">7'
        "</Value></DicomAttribute></NativeDicomModel>"
    )
    placed = xml_to_dataset(alone)
    assert placed[0x00290011].value == "NEW"
    assert placed[0x00291102].value == 7


def test_binary_values_by_bulk_data_uri_both_ways() -> None:
    model = builders.ct_image()
    pixels = model.PixelData

    def by_reference(element: DataElement) -> str | None:
        return "https://example.org/pixels" if element.tag == 0x7FE00010 else None

    text = model.to_xml(bulk_data=by_reference)
    assert '<BulkData uri="https://example.org/pixels"/>' in text
    assert "<InlineBinary>" not in text
    kept = CTImage.from_xml(text)
    assert kept.PixelData == BulkDataURI("https://example.org/pixels")
    assert kept.to_xml() == text  # written back as the reference
    fetched = CTImage.from_xml(text, bulk_data={"https://example.org/pixels": pixels}.__getitem__)
    assert fetched == model
    uuid = text.replace('uri="https://example.org/pixels"', 'uuid="1234"')
    assert CTImage.from_xml(uuid).PixelData == BulkDataURI("urn:uuid:1234")


def test_a_model_from_xml_keeps_unknown_and_private_elements_and_its_issues() -> None:
    model = builders.ct_image()
    dataset = model.to_dataset()
    dataset.private_block(0x0019, "ACME", create=True).add_new(0x10, "DS", "1.5")
    dataset.add_new(0x00181000, "LO", "serial")  # Device Serial Number: a field of CTImage
    dataset.add_new(0x00211001, "UN", b"??")
    dataset.Modality = ""  # Type 1 empty
    text = dataset_to_xml(dataset)
    with pytest.raises(DicomValidationError) as refused:
        CTImage.from_xml(text)
    assert "Modality" in str(refused.value)
    lenient = CTImage.from_xml(text, strict=False)
    assert [issue.keyword for issue in lenient.dicom_issues] == ["Modality"]
    assert lenient.dicom_extra[0x00191010].value == "1.5"
    assert lenient.dicom_extra[0x00211001].value == b"??"
    assert lenient.DeviceSerialNumber == "serial"
    assert lenient.to_xml(check=False) == text


def test_a_character_xml_cannot_carry_is_refused_naming_the_element() -> None:
    dataset = Dataset()
    dataset.ImageComments = "bell \x07"
    with pytest.raises(DicomFormatError, match=r"\(0020,4000\) ImageComments: .* U\+0007"):
        dataset_to_xml(dataset)


# -- what the reader refuses --------------------------------------------------------------


def _refused(document: str) -> str:
    with pytest.raises(DicomFormatError) as refused:
        xml_to_dataset(document)
    assert isinstance(refused.value, DicomodelError)
    return str(refused.value)


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    f"{HEAD}<DicomAttribute tag='00100010' vr='LO'><Value number='1'>&lol2;</Value>"
    "</DicomAttribute></NativeDicomModel>"
)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (BILLION_LAUGHS, r"line 1: a DOCTYPE \(lolz\) is refused"),
        (
            '<!DOCTYPE NativeDicomModel SYSTEM "file:///etc/passwd">'
            + HEAD
            + "</NativeDicomModel>",
            "DOCTYPE",
        ),
        (
            f"{HEAD}\n<DicomAttribute tag='00100020' vr='LO'><Value number='1'>&xxe;</Value>"
            "</DicomAttribute></NativeDicomModel>",
            r"line 2, .*entity reference other than &amp; &lt; &gt; &quot; &apos; is refused",
        ),
        (f"{HEAD}<DicomAttribute tag='00100020' vr='LO'>", r"line 1, .*not well-formed XML"),
        ("<NativeDicomModel xmlns='urn:other'/>", "namespace 'urn:other'"),
        ("<Dataset/>", r"the root is <Dataset>, not <NativeDicomModel>"),
    ],
    ids=["entities", "external-dtd", "undeclared-entity", "unclosed", "namespace", "root"],
)
def test_hostile_or_broken_documents_are_refused(document: str, message: str) -> None:
    assert re.search(message, _refused(document))


def test_nesting_is_bounded() -> None:
    levels = MAX_XML_DEPTH  # DicomAttribute + Item per level: far past the bound
    opening = "<DicomAttribute tag='00400275' vr='SQ'><Item number='1'>" * levels
    closing = "</Item></DicomAttribute>" * levels
    message = _refused(f"{HEAD}{opening}{closing}</NativeDicomModel>")
    assert f"nested deeper than {MAX_XML_DEPTH} elements" in message
    assert message.startswith("line 1: <")


@pytest.mark.parametrize(
    ("attribute", "message"),
    [
        (
            "<DicomAttribute tag='00400275' vr='SQ'><Value number='1'>x</Value></DicomAttribute>",
            r"line 3: <Value> of RequestAttributesSequence: VR SQ takes <Item>",
        ),
        (
            "<DicomAttribute tag='7FE00010' vr='OB'><Value number='1'>x</Value></DicomAttribute>",
            r"<Value> of PixelData: VR OB takes InlineBinary or BulkData",
        ),
        (
            "<DicomAttribute tag='00100010' vr='PN'><Value number='1'>x</Value></DicomAttribute>",
            r"<Value> of PatientName: VR PN takes <PersonName>",
        ),
        (
            "<DicomAttribute tag='00080060' vr='CS'><InlineBinary>AA==</InlineBinary>"
            "</DicomAttribute>",
            r"<InlineBinary> of Modality: InlineBinary is for OB, .* not CS",
        ),
        (
            "<DicomAttribute tag='00080008' vr='CS'><Value number='1'>A</Value>"
            "<Item number='2'/></DicomAttribute>",
            r"<Item> of ImageType beside <Value>",
        ),
        (
            "<DicomAttribute tag='00080008' vr='CS'><Value number='1'>A</Value>"
            "<Value number='1'>B</Value></DicomAttribute>",
            r"<Value> of ImageType: number 1 appears twice",
        ),
        (
            "<DicomAttribute tag='00080008' vr='CS'><Value number='3'>A</Value></DicomAttribute>",
            r"number '3' is not 1 to 1",
        ),
        (
            "<DicomAttribute tag='0008008' vr='CS'/>",
            r"line 3: <DicomAttribute>: tag '0008008' is not 8 hex digits",
        ),
        ("<DicomAttribute tag='00080008' vr='XX'/>", "unknown VR 'XX'"),
        (
            "<DicomAttribute tag='00280010' vr='US'><Value number='1'>70000</Value>"
            "</DicomAttribute>",
            r"<Value> of Rows\[0\]: US value 70000 is outside 0..65535",
        ),
        (
            "<DicomAttribute tag='00280009' vr='AT'><Value number='1'>(0018,1063)</Value>"
            "</DicomAttribute>",
            "an AT value is 8 hex digits",
        ),
        (
            "<DicomAttribute tag='00080060' vr='CS'>CT</DicomAttribute>",
            r"<DicomAttribute> of Modality: text 'CT' where only elements belong",
        ),
        (
            "<DicomAttribute tag='7FE00010' vr='OB'><InlineBinary>A*==</InlineBinary>"
            "</DicomAttribute>",
            "not base64",
        ),
        (
            "<DicomAttribute tag='00100010' vr='PN'><PersonName number='1'><Alphabetic>"
            "<Surname>Doe</Surname></Alphabetic></PersonName></DicomAttribute>",
            r"<Surname> of PatientName\[0\]: a name group holds FamilyName",
        ),
        (
            "<DicomAttribute tag='00080060' vr='CS'/><DicomAttribute tag='00080060' vr='CS'/>",
            r"Modality \(0008,0060\) appears twice",
        ),
        ("<Attribute tag='00080060' vr='CS'/>", r"<Attribute> where a <DicomAttribute> belongs"),
        ("<DicomAttribute tag='00100010' vr='LO' privateCreator='X'/>", "on a standard attribute"),
    ],
)
def test_malformed_attributes_are_one_error_naming_element_and_line(
    attribute: str, message: str
) -> None:
    document = f"{HEAD}\n{CT_SOP}\n{attribute}\n</NativeDicomModel>"
    assert re.search(message, _refused(document))


def test_vr_is_optional_and_taken_from_the_data_dictionary() -> None:
    document = (
        f"{HEAD}<DicomAttribute tag='00280010'><Value number='1'>512</Value></DicomAttribute>"
        "<DicomAttribute tag='00090010'><Value number='1'>ACME</Value></DicomAttribute>"
        "<DicomAttribute tag='00090001' privateCreator='ACME'><InlineBinary>AAE=</InlineBinary>"
        "</DicomAttribute></NativeDicomModel>"
    )
    back = xml_to_dataset(document)
    assert (back[0x00280010].VR, back.Rows) == ("US", 512)  # PS3.6
    assert (back[0x00090010].VR, back[0x00091001].VR) == ("LO", "UN")


def test_a_document_from_another_writer_reads_pretty_printed() -> None:
    document = """<?xml version="1.0" encoding="ISO-8859-1"?>
<NativeDicomModel xml:space="preserve">
  <DicomAttribute tag="00100010" vr="PN" keyword="PatientName">
    <PersonName number="1">
      <Alphabetic><FamilyName>M\xfcller</FamilyName></Alphabetic>
    </PersonName>
  </DicomAttribute>
  <DicomAttribute keyword="ImageType" vr="CS" tag="00080008">
    <Value number="2">PRIMARY</Value>
    <Value number="1">ORIGINAL</Value>
  </DicomAttribute>
</NativeDicomModel>
"""
    back = xml_to_dataset(document.encode("latin-1"))
    assert back.PatientName == PersonName("Müller")
    assert back.ImageType == ["ORIGINAL", "PRIMARY"]


_PIECES = ("<", ">", "/", '"', "&", ";", " ", "&amp;", "&#0;", "\x00", "é", 'number="0"')
_PIECES += ('vr="SQ"', 'vr="PN"', 'vr="US"', 'vr="AT"', 'vr="UN"', 'privateCreator="A"')
_PIECES += ('<Value number="1">', "</Value>", '<Item number="1">', "</Item>", "<InlineBinary>")


def test_a_damaged_document_is_read_or_refused_with_a_format_error() -> None:
    """Cuts, insertions and copies at random places (seeded): never another exception."""
    text = builders.segmentation().to_xml()
    rng = random.Random(19)
    outcomes = {"read": 0, "refused": 0}
    for _ in range(400):
        damaged = text
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(damaged))
            choice = rng.random()
            if choice < 0.3:
                damaged = damaged[:at] + damaged[at + rng.randint(1, 40) :]
            elif choice < 0.7:
                damaged = damaged[:at] + rng.choice(_PIECES) + damaged[at:]
            else:
                start = rng.randrange(len(damaged))
                damaged = damaged[:at] + damaged[start : start + rng.randint(1, 200)] + damaged[at:]
        try:
            xml_to_dataset(damaged)
        except DicomFormatError:
            outcomes["refused"] += 1
        else:
            outcomes["read"] += 1
    assert outcomes["refused"] > 300
