"""Importing chronologies in wire text: the plain-text format newsrooms keep them in.

    (18) بلينكن لا يتوقع اختراقات في المحادثات مع روسيا في جنيف - 9 يناير 2022
    قال وزير الخارجية الأمريكي، أنطوني بلينكن، إنه لا يتوقع ...
    وأوضح بلينكن: “من الصعب ...”

One module per step, in the order text goes through them:

- `lines`: bytes to numbered lines (`WireTextError` names the line of any problem);
- `dates`, `headers`: header lines open bulletins (number, headline, date as outlets print it, time);
- `attribution`: statements and their speakers in each paragraph (direct quotes and reported speech);
- `chronology`: the whole text, bulletin by bulletin, and back to text (`format_chronology`);
- `speakers`: the speakers read in text matched to people in the database;
- `writing`: `bulletins_import`, which writes it all or nothing.

Everything up to `chronology` knows nothing of the database.
"""
