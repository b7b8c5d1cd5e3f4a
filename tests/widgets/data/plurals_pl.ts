<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test data, our own: Polish has three plural forms (1; 2-4, 22-24, ...; 5-21, 25-31, ...), so a
     count chosen by "n == 1 ? one : other" cannot be translated. tst_plurals checks the status bar. -->
<TS version="2.1" language="pl_PL">
<context>
    <name>Netloom::Widgets::MainWindow</name>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n przestrzeń nazw</numerusform>
            <numerusform>%n przestrzenie nazw</numerusform>
            <numerusform>%n przestrzeni nazw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n zasób</numerusform>
            <numerusform>%n zasoby</numerusform>
            <numerusform>%n zasobów</numerusform>
        </translation>
    </message>
</context>
</TS>
