"""Words for the codes of errors and issues, in English; translations live in translations/.

The marker function carries Qt's name so that `pyside6-lupdate` collects these strings into the
"Messages" context of the .ts files. The GUI translates them with Qt; the CLI, which has no Qt,
reads the same .ts file (see `catalog.py`). Parameters are written {like_this}.
"""

from __future__ import annotations

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


MESSAGES: dict[str, str] = {
    "name.required": QT_TRANSLATE_NOOP("Messages", "Please enter a name."),
    "name.bad_characters": QT_TRANSLATE_NOOP(
        "Messages", "A name may contain only letters, spaces and hyphens."
    ),
    "text.too_long": QT_TRANSLATE_NOOP("Messages", "Too long: at most {max} characters."),
    "birth.in_future": QT_TRANSLATE_NOOP("Messages", "The birth date cannot be in the future."),
    "birth.too_old": QT_TRANSLATE_NOOP(
        "Messages", "Please check the birth year: the age would be {max} or more."
    ),
    "date.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Please enter a date as dd/mm/yyyy or a year such as 1965."
    ),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Not a Vietnamese phone number (e.g. 0903 123 456 or 028 3822 1234)."
    ),
    "household.no_members": QT_TRANSLATE_NOOP(
        "Messages", "A household needs at least one member: its head."
    ),
    "household.no_head": QT_TRANSLATE_NOOP("Messages", "Please choose the head of household."),
    "household.move_head": QT_TRANSLATE_NOOP(
        "Messages", "The head of household cannot be moved. Choose another head first."
    ),
    "household.move_same": QT_TRANSLATE_NOOP(
        "Messages", "The member already belongs to that household."
    ),
    "relation.second_head": QT_TRANSLATE_NOOP(
        "Messages", 'Only the head of household can have the relation "Head".'
    ),
    "unit.unknown_province": QT_TRANSLATE_NOOP("Messages", "Unknown province code {code}."),
    "unit.unknown_commune": QT_TRANSLATE_NOOP("Messages", "Unknown ward/commune code {code}."),
    "unit.commune_not_in_province": QT_TRANSLATE_NOOP(
        "Messages", "Ward/commune {code} is not in the chosen province."
    ),
    "unit.commune_required": QT_TRANSLATE_NOOP("Messages", "Please choose the ward/commune."),
    "unit.province_required": QT_TRANSLATE_NOOP("Messages", "Please choose the province."),
    "unit.bad_code": QT_TRANSLATE_NOOP(
        "Messages", "A unit code has 1 to 40 letters, digits, dots, dashes or underscores."
    ),
    "unit.groups_required": QT_TRANSLATE_NOOP(
        "Messages", "Please list the branch's tổ (one per line)."
    ),
    "unit.already_initialised": QT_TRANSLATE_NOOP(
        "Messages", "This database is already set up. Change it in Settings."
    ),
    "activity.type_required": QT_TRANSLATE_NOOP("Messages", "Please choose the kind of activity."),
    "activity.title_required": QT_TRANSLATE_NOOP("Messages", "Please enter the activity's title."),
    "activity.date_required": QT_TRANSLATE_NOOP("Messages", "Please enter the date (dd/mm/yyyy)."),
    "activity.date_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Please check the date: it is too far in the past or the future."
    ),
    "activity.ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The activity cannot end before it starts."
    ),
    "activity.bad_count": QT_TRANSLATE_NOOP(
        "Messages", "Enter a number of people from 0 to {max}."
    ),
    "activity.type_exists": QT_TRANSLATE_NOOP(
        "Messages", 'There is already a kind of activity called "{name}".'
    ),
    "count.out_of_range": QT_TRANSLATE_NOOP("Messages", "Enter a number from 0 to {max}."),
    "clan.bad_parent": QT_TRANSLATE_NOOP(
        "Messages", "A chi họ must hang under a chi họ listed before it."
    ),
    "pdf.unwritable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save the PDF as {file}: {detail}. If the file is open in a PDF viewer, close it "
        "and try again; otherwise choose another folder.",
    ),
    "pdf.missing_glyphs": QT_TRANSLATE_NOOP(
        "Messages",
        "The document contains characters that cannot be printed: {chars}. Please correct "
        "those texts and try again.",
    ),
    "pdf.layout": QT_TRANSLATE_NOOP(
        "Messages",
        "Some text is too long to fit on one page (for example a very long note in a table "
        "cell). Please shorten it.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages", "The record was not found. It may have been deleted meanwhile."
    ),
    "db.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This data was written by a newer version of XHHT Desktop. "
        "Please update the application; nothing was changed.",
    ),
    "db.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file is damaged ({detail}). Nothing was changed. "
        "Restore the latest backup from the folder {backups}.",
    ),
    "db.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "XHHT Desktop is already open with this data on this computer ({holder}). "
        "Please switch to that window.",
    ),
    "db.not_initialised": QT_TRANSLATE_NOOP(
        "Messages", 'This database is not set up yet. Run "xhht init" or start the app.'
    ),
    "db.integrity": QT_TRANSLATE_NOOP("Messages", "The file's structure is damaged: {detail}"),
    "db.foreign_key": QT_TRANSLATE_NOOP("Messages", "A record points to a missing one: {detail}"),
    "db.search_index": QT_TRANSLATE_NOOP("Messages", "The search index is damaged: {detail}"),
    "household.head_missing": QT_TRANSLATE_NOOP(
        "Messages", "Households without a valid head: {detail}"
    ),
    "household.member_count": QT_TRANSLATE_NOOP(
        "Messages", "Households whose member count is wrong: {detail}"
    ),
    "household.head_name": QT_TRANSLATE_NOOP(
        "Messages", "Households whose head name is out of date: {detail}"
    ),
    "input.bad": QT_TRANSLATE_NOOP("Messages", "Cannot use this input: {detail}"),
    "input.bad_json": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not valid JSON (line {line}): {detail}"
    ),
    "input.bad_field": QT_TRANSLATE_NOOP(
        "Messages", 'Household {index}: field "{field}" has an unusable value {value}.'
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read {file}: {detail}"),
    "validation": QT_TRANSLATE_NOOP("Messages", "Some fields need attention."),
    "demo.real_data": QT_TRANSLATE_NOOP(
        "Messages",
        "This data belongs to {unit}: demo households are never mixed into a real register. "
        "Use an empty folder with --data-dir.",
    ),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Stopped. What was done before is kept."),
    "error": QT_TRANSLATE_NOOP("Messages", "Something went wrong: {detail}"),
}


def render(template: str, params: dict[str, object]) -> str:
    """Fill {names}; a parameter the template lacks, or a name without value, is harmless."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
