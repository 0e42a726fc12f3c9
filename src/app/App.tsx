export function App() {
  return (
    <main className="app">
      <h1>imr-lens</h1>
      <p>Drop IMR determination letters here.</p>
    </main>
  );
}
