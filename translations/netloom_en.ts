<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Console</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemModels</name>
    <message numerus="yes">
        <source>Namespace %1 — %n resource(s)</source>
        <translation>
            <numerusform>Namespace %1 — %n resource</numerusform>
            <numerusform>Namespace %1 — %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kube</name>
    <message numerus="yes">
        <source>no ready endpoints (%n not ready)</source>
        <translation>
            <numerusform>no ready endpoints (%n not ready)</numerusform>
            <numerusform>no ready endpoints (%n not ready)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) not ready</source>
        <translation>
            <numerusform>%n endpoint not ready</numerusform>
            <numerusform>%n endpoints not ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) failed</source>
        <translation>
            <numerusform>%n pod failed</numerusform>
            <numerusform>%n pods failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running pod(s) not ready</source>
        <translation>
            <numerusform>%n running pod not ready</numerusform>
            <numerusform>%n running pods not ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) pending</source>
        <translation>
            <numerusform>%n pod pending</numerusform>
            <numerusform>%n pods pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netloom::Console::ConsoleController</name>
    <message numerus="yes">
        <source>Cloud: %1 (%n resource(s))</source>
        <translation>
            <numerusform>Cloud: %1 (%n resource)</numerusform>
            <numerusform>Cloud: %1 (%n resources)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n object(s))</source>
        <translation>
            <numerusform> (%n object)</numerusform>
            <numerusform> (%n objects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) %1</source>
        <translation>
            <numerusform>%n kind %1</numerusform>
            <numerusform>%n kinds %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::MainWindow</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n namespace</numerusform>
            <numerusform>%n namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ingress(es)</source>
        <translation>
            <numerusform>%n ingress</numerusform>
            <numerusform>%n ingresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s) collapsed</source>
        <translation>
            <numerusform>%n namespace collapsed</numerusform>
            <numerusform>%n namespaces collapsed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) inside collapsed namespaces. Double-click a namespace on the map, or choose a resource in the tree, to open it.</source>
        <translation>
            <numerusform>%n resource inside collapsed namespaces. Double-click a namespace on the map, or choose a resource in the tree, to open it.</numerusform>
            <numerusform>%n resources inside collapsed namespaces. Double-click a namespace on the map, or choose a resource in the tree, to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message numerus="yes">
        <source>Collapsed namespace: %n resource(s) inside.</source>
        <translation>
            <numerusform>Collapsed namespace: %n resource inside.</numerusform>
            <numerusform>Collapsed namespace: %n resources inside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning or an error.</source>
        <translation>
            <numerusform>%n with a warning or an error.</numerusform>
            <numerusform>%n with a warning or an error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
</context>
</TS>
